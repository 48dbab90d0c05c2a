/**
 * What a rule author's DRL may use: {@link io.sharedcx.authoring.Findings}, the one helper a
 * consequence calls to emit a violation or a recommendation; {@link io.sharedcx.authoring.Threshold},
 * the value in force for a party; {@link io.sharedcx.authoring.AgreedCategory}, the category a party's
 * listing of a product belongs in; {@link io.sharedcx.authoring.Hours} for time arithmetic; and the
 * derived facts the pack computes ({@link io.sharedcx.authoring.ComplaintCluster},
 * {@link io.sharedcx.authoring.RepeatedViolations}) with the {@link io.sharedcx.authoring.ContentCheck}
 * function.
 */
package io.sharedcx.authoring;

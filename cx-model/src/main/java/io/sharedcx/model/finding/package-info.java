/**
 * What an assessment finds: {@link io.sharedcx.model.finding.Violation}s of shared standards, each
 * naming the responsible party and the evidence, and {@link io.sharedcx.model.finding.Recommendation}s
 * saying what to do, who owns it and by when. Readable without the rules engine.
 */
@CxStyle
package io.sharedcx.model.finding;

import io.sharedcx.model.CxStyle;

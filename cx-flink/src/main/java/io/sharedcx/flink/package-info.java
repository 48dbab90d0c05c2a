/**
 * SharedCX on Apache Flink: touchpoint event files assessed continuously, journey by journey, as of
 * event time. {@link io.sharedcx.flink.CxFlinkJob} defines and runs the job.
 */
package io.sharedcx.flink;

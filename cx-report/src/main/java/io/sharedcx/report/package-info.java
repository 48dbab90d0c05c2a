/**
 * Findings written for people and machines: the {@link io.sharedcx.report.ReportFormats text, JSON and
 * JSON Lines} reports that {@code cx assess} prints, written part by part as the assessments are made,
 * and the {@link io.sharedcx.report.ViolationText words for a violation} shared by the report,
 * {@code --explain} and test failure messages. Needs the model only, not the rules engine.
 */
package io.sharedcx.report;

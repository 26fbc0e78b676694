package io.driftwatch.genai.analysis.report;

/** A new prompt template replaced a stable one: the fingerprint before and the one now. */
public record PromptChange(String previousFingerprint, String fingerprint) {}

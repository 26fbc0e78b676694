package io.driftwatch.genai.emit.quality;

/** A score the application or an evaluator attached to a call by its response id. */
public record QualityScore(String responseId, String evaluationName, double score, String label, String explanation,
    long epochNanos) {}

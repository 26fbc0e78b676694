package io.driftwatch.genai.analysis.report;

/** The served model or system fingerprint changed; {@code kind} is "model" or "system_fingerprint". */
public record ModelChange(String kind, String previous, String current) {}

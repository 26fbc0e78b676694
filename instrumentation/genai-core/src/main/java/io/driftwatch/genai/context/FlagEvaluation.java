package io.driftwatch.genai.context;

/** One feature flag as evaluated for the current request (OpenTelemetry feature-flag conventions). */
public record FlagEvaluation(String key, String variant, String value, String reason, String providerName) {}

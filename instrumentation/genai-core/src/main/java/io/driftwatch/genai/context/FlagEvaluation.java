package io.driftwatch.genai.context;

/**
 * One feature flag as evaluated for the current request (OpenTelemetry feature-flag conventions):
 * {@code contextId} is the evaluation's targeting key, {@code version} and {@code setId} come from the
 * flag's metadata, {@code errorType} is the provider's error code; each is null when not known.
 */
public record FlagEvaluation(String key, String variant, String value, String reason, String providerName,
    String contextId, String version, String setId, String errorType) {

  /** A flag read from baggage, a header or the MDC: only its key and variant are known. */
  public FlagEvaluation(String key, String variant, String value, String reason, String providerName) {
    this(key, variant, value, reason, providerName, null, null, null, null);
  }
}

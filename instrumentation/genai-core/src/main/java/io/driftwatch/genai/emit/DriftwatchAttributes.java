package io.driftwatch.genai.emit;

import static io.opentelemetry.api.common.AttributeKey.stringKey;

import io.opentelemetry.api.common.AttributeKey;

/** The product's own attributes, for what the conventions do not cover. One namespace: driftwatch.*. */
public final class DriftwatchAttributes {

  /** How the application's read of the response ended: completed, failed, closed_early. */
  public static final AttributeKey<String> RESPONSE_OUTCOME = stringKey("driftwatch.response.outcome");
  /** Why the body was not analysed: not_json, too_large, not_captured. Absent when it was. */
  public static final AttributeKey<String> ANALYSIS_SKIPPED = stringKey("driftwatch.analysis.skipped");
  /** The provider's own error type or code from an error body, e.g. rate_limit_exceeded. */
  public static final AttributeKey<String> PROVIDER_ERROR_TYPE = stringKey("driftwatch.provider.error_type");

  private DriftwatchAttributes() {}
}

package io.driftwatch.genai.emit;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.doubleKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;

import io.opentelemetry.api.common.AttributeKey;

/** The product's own span attributes (docs/SIGNALS.md), for what the conventions do not cover. */
public final class DriftwatchAttributes {

  /** How the application's read of the response ended: completed, failed, closed_early. */
  public static final AttributeKey<String> RESPONSE_OUTCOME = stringKey("driftwatch.response.outcome");
  /** Why the body was not analysed: not_json, too_large, not_captured. Absent when it was. */
  public static final AttributeKey<String> ANALYSIS_SKIPPED = stringKey("driftwatch.analysis.skipped");
  /** The provider's own error type or code from an error body, e.g. rate_limit_exceeded. */
  public static final AttributeKey<String> PROVIDER_ERROR_TYPE = stringKey("driftwatch.provider.error_type");
  public static final AttributeKey<String> OUTCOME = stringKey("driftwatch.outcome");
  public static final AttributeKey<Long> RETRY_COUNT = longKey("driftwatch.retry.count");
  public static final AttributeKey<Double> COST = doubleKey("driftwatch.cost");
  public static final AttributeKey<Boolean> REFUSAL = booleanKey("driftwatch.refusal");
  public static final AttributeKey<String> REFUSAL_SOURCE = stringKey("driftwatch.refusal.source");
  public static final AttributeKey<Boolean> FORMAT_COMPLIANT = booleanKey("driftwatch.format.compliant");
  public static final AttributeKey<String> FORMAT_VIOLATION = stringKey("driftwatch.format.violation");
  public static final AttributeKey<String> FORMAT_VIOLATION_PATH = stringKey("driftwatch.format.violation.path");
  public static final AttributeKey<Long> OUTPUT_LENGTH = longKey("driftwatch.output.length");

  /** Events of a streamed answer that carried content. */
  public static final AttributeKey<Long> STREAM_CHUNKS = longKey("driftwatch.stream.chunks");
  /** Streamed answers: where the usage came from: provider (a usage event) or absent. */
  public static final AttributeKey<String> STREAM_USAGE = stringKey("driftwatch.stream.usage");

  private DriftwatchAttributes() {}
}

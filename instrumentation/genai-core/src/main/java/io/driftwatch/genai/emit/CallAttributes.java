package io.driftwatch.genai.emit;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;

/**
 * The attribute sets of one call's metric points, built once per call by {@link MetricAttributes}
 * and shared by every metric of that call. A point's own attribute (a token type, an outcome) is
 * added by {@link #with} only for a point that is recorded.
 */
public final class CallAttributes {

  private final Attributes common;
  private final Attributes conventionWithoutError;
  private final Attributes convention;

  CallAttributes(Attributes common, Attributes conventionWithoutError, Attributes convention) {
    this.common = common;
    this.conventionWithoutError = conventionWithoutError;
    this.convention = convention;
  }

  /** What every call metric carries (docs/SIGNALS.md, "Common metric attributes"). */
  public Attributes common() {
    return common;
  }

  /** The {@code gen_ai.client.*} histograms' set: common plus port, response model, legacy system, error type. */
  Attributes convention() {
    return convention;
  }

  /** {@link #convention} without {@code error.type}, for token usage: tokens were consumed either way. */
  Attributes conventionWithoutError() {
    return conventionWithoutError;
  }

  /** {@code base} plus one point-specific attribute. */
  static Attributes with(Attributes base, AttributeKey<String> key, String value) {
    return base.toBuilder().put(key, value).build();
  }
}

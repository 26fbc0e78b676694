package io.driftwatch.genai.emit;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanBuilder;

/** Span-building steps the emitters share. */
public final class SpanAttributes {

  private SpanAttributes() {}

  /** Sets the attribute when there is a value: absent facts stay absent, never a placeholder. */
  public static <T> void setIfPresent(SpanBuilder builder, AttributeKey<T> key, T value) {
    if (value != null) {
      builder.setAttribute(key, value);
    }
  }

  /** {@code server.port} when known, and {@code http.response.status_code} when a response arrived. */
  public static void setPortAndStatus(SpanBuilder builder, int serverPort, int statusCode) {
    if (serverPort > 0) {
      builder.setAttribute(Catalogue.SERVER_PORT, (long) serverPort);
    }
    if (statusCode > 0) {
      builder.setAttribute(Catalogue.HTTP_RESPONSE_STATUS_CODE, (long) statusCode);
    }
  }
}

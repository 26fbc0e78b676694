package io.driftwatch.samples.otlp;

import java.util.Map;

/**
 * One log record as it arrived over OTLP, flattened together with its resource and scope.
 *
 * @param eventName the record's event name (empty for a plain log line)
 * @param traceId   hex trace id of the span the record belongs to, empty when none
 * @param spanId    hex span id, empty when none
 */
public record ReceivedLog(
    String eventName,
    String traceId,
    String spanId,
    long epochNanos,
    String severityText,
    Map<String, Object> attributes,
    Map<String, Object> resourceAttributes,
    String scopeName) {

  public String stringAttr(String key) {
    return AttributeLookup.typed(attributes, key, String.class);
  }

  public Double doubleAttr(String key) {
    return AttributeLookup.typed(attributes, key, Double.class);
  }
}

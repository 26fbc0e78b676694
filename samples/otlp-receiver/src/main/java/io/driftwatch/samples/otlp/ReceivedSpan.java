package io.driftwatch.samples.otlp;

import java.util.List;
import java.util.Map;

/**
 * One span as it arrived over OTLP, flattened together with its resource and scope.
 *
 * @param kind          "CLIENT", "SERVER", "INTERNAL", "PRODUCER", "CONSUMER" or "UNSPECIFIED"
 * @param traceId       lower-case hex
 * @param spanId        lower-case hex
 * @param parentSpanId  lower-case hex, "" for a root span
 * @param statusCode    "UNSET", "OK" or "ERROR"
 * @param attributes    values decoded as String, Long, Double, Boolean, List, Map or byte[]
 */
public record ReceivedSpan(
    String name,
    String kind,
    String traceId,
    String spanId,
    String parentSpanId,
    long startEpochNanos,
    long endEpochNanos,
    Map<String, Object> attributes,
    String statusCode,
    String statusMessage,
    List<ReceivedEvent> events,
    Map<String, Object> resourceAttributes,
    String scopeName) {

  public String stringAttr(String key) {
    return AttributeLookup.typed(attributes, key, String.class);
  }

  public Long longAttr(String key) {
    return AttributeLookup.typed(attributes, key, Long.class);
  }

  public Double doubleAttr(String key) {
    return AttributeLookup.typed(attributes, key, Double.class);
  }

  public Boolean boolAttr(String key) {
    return AttributeLookup.typed(attributes, key, Boolean.class);
  }

  public List<Object> listAttr(String key) {
    return AttributeLookup.list(attributes, key);
  }

  public boolean isRoot() {
    return parentSpanId.isEmpty();
  }
}

package io.driftwatch.agent;

import io.driftwatch.genai.config.ConfigException;
import java.util.List;
import java.util.function.Function;

/**
 * The agent bundles the OTLP/HTTP sender only, so {@code grpc} would fail deep inside
 * autoconfigure with a message naming nothing. Catch it first and name the key.
 */
final class ExporterProtocolCheck {

  private static final List<String> KEYS = List.of("otel.exporter.otlp.protocol",
      "otel.exporter.otlp.traces.protocol", "otel.exporter.otlp.metrics.protocol");

  private ExporterProtocolCheck() {}

  static void validate(Function<String, String> config) {
    for (String key : KEYS) {
      String value = config.apply(key);
      if (value != null && value.trim().equalsIgnoreCase("grpc")) {
        throw new ConfigException(key, "'grpc' is not available in this agent yet; use http/protobuf "
            + "(the default) and the collector's OTLP/HTTP port, usually 4318");
      }
    }
  }
}

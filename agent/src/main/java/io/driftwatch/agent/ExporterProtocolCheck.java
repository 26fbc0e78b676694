package io.driftwatch.agent;

import io.driftwatch.genai.config.ConfigException;
import io.driftwatch.genai.config.ConfigSource;
import java.util.List;

/**
 * The agent bundles the OTLP/HTTP sender only, so {@code grpc} would fail deep inside
 * autoconfigure with a message naming nothing. Catch it first and name the key.
 */
final class ExporterProtocolCheck {

  static final List<String> KEYS = List.of("otel.exporter.otlp.protocol",
      "otel.exporter.otlp.traces.protocol", "otel.exporter.otlp.metrics.protocol");

  private ExporterProtocolCheck() {}

  static void validate(ConfigSource config) {
    for (String key : KEYS) {
      String value = config.get(key);
      if (value != null && value.trim().equalsIgnoreCase("grpc")) {
        throw new ConfigException(key, "'grpc' is not available in this agent yet; use http/protobuf "
            + "(the default) and the collector's OTLP/HTTP port, usually 4318");
      }
    }
  }
}

package io.driftwatch.agent;

import io.driftwatch.genai.config.ConfigException;
import io.driftwatch.genai.config.ConfigSource;
import java.util.List;
import java.util.Locale;

/**
 * The OTLP protocols the bundled senders speak: {@code http/protobuf} (the JDK sender) and
 * {@code grpc} (the relocated OkHttp sender). Anything else would fail deep inside autoconfigure;
 * catch it first and name the key.
 */
final class ExporterProtocolCheck {

  static final List<String> KEYS = List.of("otel.exporter.otlp.protocol",
      "otel.exporter.otlp.traces.protocol", "otel.exporter.otlp.metrics.protocol");
  static final List<String> SUPPORTED = List.of("http/protobuf", "grpc");

  private ExporterProtocolCheck() {}

  static void validate(ConfigSource config) {
    for (String key : KEYS) {
      String value = config.get(key);
      if (value != null && !SUPPORTED.contains(value.trim().toLowerCase(Locale.ROOT))) {
        throw new ConfigException(key, "'" + value + "' is not an OTLP protocol this agent speaks; use "
            + String.join(" (port 4318) or ", SUPPORTED) + " (port 4317)");
      }
    }
  }
}

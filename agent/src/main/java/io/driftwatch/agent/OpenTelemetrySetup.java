package io.driftwatch.agent;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import java.util.Map;

/**
 * The agent's private SDK, configured by the standard OpenTelemetry autoconfigure rules
 * ({@code OTEL_*} / {@code otel.*}), with the official Java agent's defaults. It is never made
 * global: the application's own OpenTelemetry, if any, is left alone.
 */
final class OpenTelemetrySetup {

  /** The official agent's defaults; any system property or environment variable overrides them. */
  static final Map<String, String> DEFAULTS = Map.of(
      "otel.exporter.otlp.protocol", "http/protobuf",
      "otel.logs.exporter", "none");

  private OpenTelemetrySetup() {}

  static OpenTelemetrySdk create() {
    return AutoConfiguredOpenTelemetrySdk.builder()
        .addPropertiesSupplier(() -> DEFAULTS)
        .disableShutdownHook()
        .build()
        .getOpenTelemetrySdk();
  }
}

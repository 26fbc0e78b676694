package io.driftwatch.agent;

import io.driftwatch.genai.util.DropCounter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import java.util.Map;

/**
 * The agent's private SDK, configured by the standard OpenTelemetry autoconfigure rules
 * ({@code OTEL_*} / {@code otel.*}), with the official Java agent's defaults. It is never made
 * global: the application's own OpenTelemetry, if any, is left alone.
 */
final class OpenTelemetrySetup {

  /**
   * The official agent's defaults, plus a length limit on span attribute values (a provider's
   * free text must not make a span unbounded); any system property or environment variable
   * overrides them.
   */
  static final Map<String, String> DEFAULTS = Map.of(
      "otel.exporter.otlp.protocol", "http/protobuf",
      "otel.logs.exporter", "none",
      "otel.attribute.value.length.limit", "16384");

  /** Exports of one signal the exporter works on at once: below the JDK sender's pool of five threads. */
  static final int EXPORTS_IN_FLIGHT = 2;
  /** Exports that wait for a slow collector; beyond this the oldest is dropped and counted. */
  static final int EXPORTS_WAITING = 8;

  private OpenTelemetrySetup() {}

  static OpenTelemetrySdk create(DropCounter drops) {
    return AutoConfiguredOpenTelemetrySdk.builder()
        .addPropertiesSupplier(() -> DEFAULTS)
        .addSpanExporterCustomizer((exporter, config) ->
            new BoundedSpanExporter(exporter, new ExportGate("span", EXPORTS_IN_FLIGHT, EXPORTS_WAITING, drops)))
        .addMetricExporterCustomizer((exporter, config) ->
            new BoundedMetricExporter(exporter, new ExportGate("metric", EXPORTS_IN_FLIGHT, EXPORTS_WAITING, drops)))
        .disableShutdownHook()
        .build()
        .getOpenTelemetrySdk();
  }
}

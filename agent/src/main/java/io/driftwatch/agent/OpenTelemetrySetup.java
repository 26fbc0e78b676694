package io.driftwatch.agent;

import io.driftwatch.genai.util.DropCounter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import io.opentelemetry.sdk.autoconfigure.internal.AutoConfigureUtil;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;

/**
 * The agent's private SDK, configured by the standard OpenTelemetry autoconfigure rules
 * ({@code OTEL_*} / {@code otel.*}), with the official Java agent's defaults. It is never made
 * global: the application's own OpenTelemetry, if any, is left alone.
 */
final class OpenTelemetrySetup {

  /** Exports of one signal the exporter works on at once: below the JDK sender's pool of five threads. */
  static final int EXPORTS_IN_FLIGHT = 2;
  /** Exports that wait for a slow collector; beyond this the oldest is dropped and counted. */
  static final int EXPORTS_WAITING = 8;

  private OpenTelemetrySetup() {}

  /**
   * @param properties the agent's one configuration ({@link SdkProperties#read()}), already read by
   *     {@link DriftwatchConfig}; autoconfigure is handed this very object rather than reading
   *     system properties and environment variables a second time
   */
  static OpenTelemetrySdk create(ConfigProperties properties, DropCounter drops) {
    AutoConfiguredOpenTelemetrySdkBuilder builder = AutoConfiguredOpenTelemetrySdk.builder()
        .addSpanExporterCustomizer((exporter, config) ->
            new BoundedSpanExporter(exporter, new ExportGate("span", EXPORTS_IN_FLIGHT, EXPORTS_WAITING, drops)))
        .addMetricExporterCustomizer((exporter, config) ->
            new BoundedMetricExporter(exporter, new ExportGate("metric", EXPORTS_IN_FLIGHT, EXPORTS_WAITING, drops)))
        .disableShutdownHook();
    LogsPipeline.bound(builder, drops);
    // the SDK's hook for handing it properties read beforehand; the official Spring Boot starter uses it too
    AutoConfigureUtil.setConfigPropertiesCustomizer(builder, computed -> properties);
    return builder.build().getOpenTelemetrySdk();
  }
}

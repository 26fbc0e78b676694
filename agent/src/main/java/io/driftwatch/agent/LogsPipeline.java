package io.driftwatch.agent;

import io.driftwatch.genai.util.DropCounter;
import io.opentelemetry.api.logs.Logger;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;

/**
 * The agent's OTLP logs pipeline, which carries the log-based GenAI events (evaluation results,
 * feature-flag evaluations, prompt and model change notices, opt-in operation details). The SDK's
 * autoconfigure builds it from {@code OTEL_LOGS_EXPORTER} ({@code otlp}, the official agent's
 * default; {@code logging}; {@code none}) and the OTLP settings; this bounds its exports like the
 * other signals' and names the logger the events are written with.
 */
final class LogsPipeline {

  /** The official agent's default; {@link SdkProperties#DEFAULTS} holds it. */
  static final String DEFAULT_EXPORTER = "otlp";

  private LogsPipeline() {}

  static void bound(AutoConfiguredOpenTelemetrySdkBuilder builder, DropCounter drops) {
    builder.addLogRecordExporterCustomizer((exporter, config) -> new BoundedLogRecordExporter(exporter,
        new ExportGate("log", OpenTelemetrySetup.EXPORTS_IN_FLIGHT, OpenTelemetrySetup.EXPORTS_WAITING, drops)));
  }

  /** The events' logger; with {@code OTEL_LOGS_EXPORTER=none} a logger whose records go nowhere. */
  static Logger logger(OpenTelemetrySdk sdk, String scope, String version) {
    return sdk.getLogsBridge().loggerBuilder(scope).setInstrumentationVersion(version).build();
  }
}

package io.driftwatch.samples.otlp;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.exporter.otlp.http.metrics.OtlpHttpMetricExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Real OpenTelemetry SDK providers exporting http/protobuf to a receiver, as the agent will. */
final class SdkExporters {

  static final Resource RESOURCE = Resource.create(Attributes.of(
      AttributeKey.stringKey("service.name"), "receiver-test",
      AttributeKey.longKey("test.run"), 7L));

  private SdkExporters() {}

  static SdkTracerProvider tracerProvider(OtlpReceiver receiver, String compression) {
    OtlpHttpSpanExporter exporter = OtlpHttpSpanExporter.builder()
        .setEndpoint(receiver.endpoint() + "/v1/traces")
        .setCompression(compression)
        .build();
    return SdkTracerProvider.builder()
        .setResource(RESOURCE)
        .addSpanProcessor(SimpleSpanProcessor.create(exporter))
        .build();
  }

  /** Exports only when flushed: the interval is far longer than any test. */
  static SdkMeterProvider meterProvider(OtlpReceiver receiver) {
    OtlpHttpMetricExporter exporter = OtlpHttpMetricExporter.builder()
        .setEndpoint(receiver.endpoint() + "/v1/metrics")
        .build();
    return SdkMeterProvider.builder()
        .setResource(RESOURCE)
        .registerMetricReader(PeriodicMetricReader.builder(exporter).setInterval(Duration.ofHours(1)).build())
        .build();
  }

  /** Sends what is pending now; shutting down later would export metrics once more. */
  static void flush(SdkTracerProvider provider) {
    provider.forceFlush().join(10, TimeUnit.SECONDS);
  }

  static void flush(SdkMeterProvider provider) {
    provider.forceFlush().join(10, TimeUnit.SECONDS);
  }
}

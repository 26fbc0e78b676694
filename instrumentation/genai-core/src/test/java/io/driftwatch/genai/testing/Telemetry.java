package io.driftwatch.genai.testing;

import io.opentelemetry.api.logs.Logger;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.logs.export.SimpleLogRecordProcessor;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryLogRecordExporter;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** An in-memory OpenTelemetry SDK: what the emitters wrote, readable in a test. */
public final class Telemetry {

  private final InMemorySpanExporter spanExporter = InMemorySpanExporter.create();
  private final SdkTracerProvider tracerProvider =
      SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spanExporter)).build();
  private final InMemoryMetricReader metricReader = InMemoryMetricReader.create();
  private final SdkMeterProvider meterProvider = SdkMeterProvider.builder().registerMetricReader(metricReader).build();
  private final InMemoryLogRecordExporter logExporter = InMemoryLogRecordExporter.create();
  private final SdkLoggerProvider loggerProvider = SdkLoggerProvider.builder()
      .addLogRecordProcessor(SimpleLogRecordProcessor.create(logExporter)).build();
  private Collection<MetricData> collected;

  public Logger logger() {
    return loggerProvider.get("io.driftwatch.genai");
  }

  /** The log records emitted so far (the log-based events). */
  public List<LogRecordData> logs() {
    return logExporter.getFinishedLogRecordItems();
  }

  public Tracer tracer() {
    return tracerProvider.get("io.driftwatch.genai");
  }

  public Meter meter() {
    return meterProvider.get("io.driftwatch.genai");
  }

  public List<SpanData> spans() {
    return spanExporter.getFinishedSpanItems();
  }

  /** The one exported span; fails when there are none or several. */
  public SpanData onlySpan() {
    List<SpanData> spans = spans();
    if (spans.size() != 1) {
      throw new AssertionError("expected exactly one span, got " + spans);
    }
    return spans.get(0);
  }

  /** Collects once per test and returns the named metric, or null when it was never recorded. */
  public MetricData metric(String name) {
    if (collected == null) {
      collected = metricReader.collectAllMetrics();
    }
    return collected.stream().filter(m -> m.getName().equals(name)).findFirst().orElse(null);
  }

  /** Every metric collected (once per test, as {@link #metric}). */
  public Collection<MetricData> metrics() {
    if (collected == null) {
      collected = metricReader.collectAllMetrics();
    }
    return collected;
  }

  public List<HistogramPointData> histogramPoints(String name) {
    MetricData metric = metric(name);
    return metric == null ? List.of() : new ArrayList<>(metric.getHistogramData().getPoints());
  }

  public void close() {
    tracerProvider.close();
    meterProvider.close();
    loggerProvider.close();
  }
}

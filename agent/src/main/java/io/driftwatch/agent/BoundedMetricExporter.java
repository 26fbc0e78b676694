package io.driftwatch.agent;

import io.opentelemetry.sdk.common.export.MemoryMode;
import io.opentelemetry.sdk.metrics.Aggregation;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.MetricExporter;

/** The configured metric exporter behind an {@link ExportGate}; it keeps the delegate's aggregation choices. */
final class BoundedMetricExporter extends GatedExporter<MetricData> implements MetricExporter {

  private final MetricExporter delegate;

  BoundedMetricExporter(MetricExporter delegate, ExportGate gate) {
    super(gate, delegate, delegate::export, delegate::flush, delegate::shutdown);
    this.delegate = delegate;
  }

  @Override
  public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
    return delegate.getAggregationTemporality(instrumentType);
  }

  @Override
  public Aggregation getDefaultAggregation(InstrumentType instrumentType) {
    return delegate.getDefaultAggregation(instrumentType);
  }

  @Override
  public MemoryMode getMemoryMode() {
    return delegate.getMemoryMode();
  }
}

package io.driftwatch.agent;

import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/** The configured span exporter behind an {@link ExportGate}. */
final class BoundedSpanExporter extends GatedExporter<SpanData> implements SpanExporter {

  BoundedSpanExporter(SpanExporter delegate, ExportGate gate) {
    super(gate, delegate, delegate::export, delegate::flush, delegate::shutdown);
  }
}

package io.driftwatch.agent;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;

/** The configured span exporter behind an {@link ExportGate}. */
final class BoundedSpanExporter extends GatedExporter<SpanData> implements SpanExporter {

  private final SpanExporter delegate;

  BoundedSpanExporter(SpanExporter delegate, ExportGate gate) {
    super(gate, delegate);
    this.delegate = delegate;
  }

  @Override
  CompletableResultCode exportNow(Collection<SpanData> spans) {
    return delegate.export(spans);
  }

  @Override
  CompletableResultCode flushNow() {
    return delegate.flush();
  }

  @Override
  CompletableResultCode shutdownNow() {
    return delegate.shutdown();
  }
}

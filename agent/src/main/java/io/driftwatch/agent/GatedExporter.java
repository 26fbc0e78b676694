package io.driftwatch.agent;

import io.opentelemetry.sdk.common.CompletableResultCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the span and metric exporter wrappers share: every export goes through an {@link ExportGate},
 * flush and shutdown go to the configured exporter.
 *
 * @param <T> span or metric data
 */
abstract class GatedExporter<T> {

  private final ExportGate gate;
  private final Object delegate;

  GatedExporter(ExportGate gate, Object delegate) {
    this.gate = gate;
    this.delegate = delegate;
  }

  abstract CompletableResultCode exportNow(Collection<T> items);

  abstract CompletableResultCode flushNow();

  abstract CompletableResultCode shutdownNow();

  public final CompletableResultCode export(Collection<T> items) {
    List<T> copy = new ArrayList<>(items); // the SDK may reuse its list once it stops waiting for the result
    return gate.submit(() -> exportNow(copy));
  }

  public final CompletableResultCode flush() {
    return flushNow();
  }

  public final CompletableResultCode shutdown() {
    gate.shutdown();
    return shutdownNow();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + delegate + "}";
  }
}

package io.driftwatch.agent;

import io.opentelemetry.sdk.common.CompletableResultCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the span and metric exporter wrappers share: every export goes through an {@link ExportGate},
 * flush and shutdown go to the configured exporter.
 *
 * @param <T> span or metric data
 */
abstract class GatedExporter<T> {

  private final ExportGate gate;
  private final Object delegate;
  private final Function<Collection<T>, CompletableResultCode> exportNow;
  private final Supplier<CompletableResultCode> flushNow;
  private final Supplier<CompletableResultCode> shutdownNow;

  GatedExporter(ExportGate gate, Object delegate, Function<Collection<T>, CompletableResultCode> exportNow,
      Supplier<CompletableResultCode> flushNow, Supplier<CompletableResultCode> shutdownNow) {
    this.gate = gate;
    this.delegate = delegate;
    this.exportNow = exportNow;
    this.flushNow = flushNow;
    this.shutdownNow = shutdownNow;
  }

  public final CompletableResultCode export(Collection<T> items) {
    List<T> copy = new ArrayList<>(items); // the SDK may reuse its list once it stops waiting for the result
    return gate.submit(() -> exportNow.apply(copy));
  }

  public final CompletableResultCode flush() {
    return flushNow.get();
  }

  /** Shuts the exporter down once the exports in flight are done, so the last of them are not cancelled. */
  public final CompletableResultCode shutdown() {
    gate.shutdown();
    CompletableResultCode done = new CompletableResultCode();
    CompletableResultCode drained = gate.drained();
    drained.whenComplete(() -> {
      CompletableResultCode stopped = shutdownNow.get();
      stopped.whenComplete(() -> {
        if (stopped.isSuccess()) {
          done.succeed();
        } else {
          done.fail();
        }
      });
    });
    return done;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + delegate + "}";
  }
}

package io.driftwatch;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;

/**
 * Wraps each of the official agent's span processors so that, when that agent's exit hook shuts its
 * SDK down, Driftwatch's analyzer first finishes its queue: the spans, metrics and events of the last
 * calls then reach the processors, the metric readers and the final export, which would otherwise
 * start first and go without them. The SDK shuts its tracer provider down before its meter and logger
 * providers, so one drain here covers all three. Compiled for Java 8, as the official agent loads it
 * there; until Driftwatch has started (never, on a runtime it does not support) there is nothing to drain.
 */
public final class DrainFirstSpanProcessor implements SpanProcessor {

  private static volatile Runnable drain;

  private final SpanProcessor delegate;

  DrainFirstSpanProcessor(SpanProcessor delegate) {
    this.delegate = delegate;
  }

  /** Called once Driftwatch has started beside the official agent; {@code analyzerDrain} is bounded in time. */
  public static void drainBeforeShutdown(Runnable analyzerDrain) {
    drain = analyzerDrain;
  }

  @Override
  public CompletableResultCode shutdown() {
    Runnable pending = drain;
    drain = null; // once, for the first processor shut down; the others find the queue empty
    if (pending != null) {
      try {
        pending.run();
      } catch (Throwable ignored) {
        // the official agent's own shutdown goes on whatever happens to Driftwatch's
      }
    }
    return delegate.shutdown();
  }

  @Override
  public void onStart(Context parentContext, ReadWriteSpan span) {
    delegate.onStart(parentContext, span);
  }

  @Override
  public boolean isStartRequired() {
    return delegate.isStartRequired();
  }

  @Override
  public void onEnd(ReadableSpan span) {
    delegate.onEnd(span);
  }

  @Override
  public boolean isEndRequired() {
    return delegate.isEndRequired();
  }

  @Override
  public CompletableResultCode forceFlush() {
    return delegate.forceFlush();
  }
}

package io.driftwatch.instrumentation.okhttp;

import io.driftwatch.genai.context.CallerContext;

/**
 * What the helper next to the application's OkHttp does for an enqueued call: the callback the
 * application gave {@code enqueue} carries the caller's MDC values and flags to the dispatcher
 * thread, where the call's interceptors run.
 */
public interface EnqueuedCallContext {

  /** The application's {@code okhttp3.Callback}, wrapped to carry {@code caller}; calls go on to it unchanged. */
  Object carrying(Object callback, CallerContext caller);

  /** What a callback {@link #carrying} made carries; null for any other callback. */
  CallerContext carriedBy(Object callback);
}

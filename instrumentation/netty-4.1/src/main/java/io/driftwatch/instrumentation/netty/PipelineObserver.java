package io.driftwatch.instrumentation.netty;

/** What a helper defined next to the application's Netty does with a pipeline; implementations may throw. */
public interface PipelineObserver {

  /** Puts an observing handler right after the codec, once per pipeline. */
  void observeAfter(Object pipeline, Object codec);
}

package io.driftwatch.instrumentation.apachehttp5;

/** What a helper defined next to the application's HttpClient 5 does for an async call; may throw. */
public interface AsyncCallObserver {

  /** @return {@code {producer, consumer}} that observe the call, or null to leave it alone */
  Object[] wrap(Object target, Object producer, Object consumer);
}

package io.driftwatch.instrumentation.apachehttp5;

/**
 * What a helper defined next to the application's HttpClient 5 does for an async call once the
 * client has its request head; may throw.
 */
public interface AsyncCallObserver {

  /**
   * Detects an LLM call and starts its exchange; returns null, having allocated nothing, for any
   * other request.
   */
  Object start(Object target, Object request, Object entityDetails);

  /** The request producer that copies the body as it is written, for a call {@link #start} began. */
  Object observeProducer(Object call, Object producer);

  /** The response consumer that observes the answer, for a call {@link #start} began. */
  Object observeConsumer(Object call, Object consumer);

  /** The client failed the call before the response consumer could. */
  void failed(Object call, Throwable error);
}

package io.driftwatch.instrumentation.netty;

import io.driftwatch.genai.context.CallerContext;

/**
 * What a helper defined next to the application's Reactor Netty does when a request is about to be
 * written on the event loop: hands the context captured on the calling thread to the channel the
 * request goes out on. Implementations may throw.
 */
public interface CallerCarrier {

  /** @param operations Reactor Netty's operations of the request (a {@code Connection}) */
  void carry(Object operations, CallerContext caller);
}

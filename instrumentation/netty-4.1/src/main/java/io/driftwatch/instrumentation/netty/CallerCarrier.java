package io.driftwatch.instrumentation.netty;

import io.driftwatch.genai.context.CallerContext;

/**
 * What a helper defined next to the application's client does when a request is about to be
 * written on the event loop: hands the context captured on the calling thread to the channel the
 * request goes out on. Implementations may throw.
 */
public interface CallerCarrier {

  /** @param request what names the request's channel: Reactor Netty's operations, or the channel itself */
  void carry(Object request, CallerContext caller);
}

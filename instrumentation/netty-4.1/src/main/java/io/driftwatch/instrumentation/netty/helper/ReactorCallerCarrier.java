package io.driftwatch.instrumentation.netty.helper;

import io.driftwatch.genai.context.CallerContext;
import io.driftwatch.instrumentation.netty.CallerCarrier;
import reactor.netty.Connection;

/** Defined next to the application's Reactor Netty (see HelperLoaders): its request's channel. */
public final class ReactorCallerCarrier implements CallerCarrier {

  @Override
  public void carry(Object operations, CallerContext caller) {
    ChannelCallerContexts.carry(((Connection) operations).channel(), caller);
  }
}

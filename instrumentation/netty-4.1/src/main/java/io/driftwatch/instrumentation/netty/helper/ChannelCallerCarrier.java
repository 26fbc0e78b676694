package io.driftwatch.instrumentation.netty.helper;

import io.driftwatch.genai.context.CallerContext;
import io.driftwatch.instrumentation.netty.CallerCarrier;
import io.netty.channel.Channel;

/** Defined next to the application's Netty (see HelperLoaders), for clients that hand over the request's channel. */
public final class ChannelCallerCarrier implements CallerCarrier {

  @Override
  public void carry(Object channel, CallerContext caller) {
    ChannelCallerContexts.carry((Channel) channel, caller);
  }
}

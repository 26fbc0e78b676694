package io.driftwatch.instrumentation.netty.helper;

import io.driftwatch.genai.context.CallerContext;
import io.netty.channel.Channel;
import io.netty.util.Attribute;
import io.netty.util.AttributeKey;

/**
 * The calling thread's context, carried on the channel a request is written on: a connection's own
 * attribute for HTTP/1.1 (taken by the next request written on it), the parent connection's table
 * for an HTTP/2 stream (see {@link Http2CallerContexts}). Keys are found by name, so every helper
 * loader's copy of this class shares them.
 */
final class ChannelCallerContexts {

  static final AttributeKey<CallerContext> NEXT_REQUEST = AttributeKey.valueOf("driftwatch.caller-context");

  private ChannelCallerContexts() {}

  static void carry(Channel channel, CallerContext caller) {
    if (channel.parent() == null) {
      channel.attr(NEXT_REQUEST).set(caller);
    } else {
      Http2CallerContexts.carry(channel, caller); // only a multiplexed stream has a parent here
    }
  }

  /** For a request being written on this connection: what was carried for it, once; else null. */
  static CallerContext takeForRequest(Channel channel) {
    if (!channel.hasAttr(NEXT_REQUEST)) {
      return null;
    }
    Attribute<CallerContext> next = channel.attr(NEXT_REQUEST);
    return next.getAndSet(null);
  }
}

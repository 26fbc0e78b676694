package io.driftwatch.instrumentation.netty.helper;

import io.driftwatch.genai.context.CallerContext;
import io.netty.channel.Channel;
import io.netty.handler.codec.http2.Http2FrameStream;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.util.AttributeKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calling threads' contexts of an HTTP/2 connection's streams, by stream, kept on the
 * connection: the streams observer sees only frames, never the stream's child channel. An entry
 * is taken when the stream's request head goes out, or dropped when the stream closes; the table
 * dies with the connection and never holds more than {@link #MAX_PENDING}.
 */
final class Http2CallerContexts {

  private static final int MAX_PENDING = 1024;
  private static final AttributeKey<Map<Http2FrameStream, CallerContext>> BY_STREAM =
      AttributeKey.valueOf("driftwatch.caller-context.h2");

  private Http2CallerContexts() {}

  static void carry(Channel child, CallerContext caller) {
    if (!(child instanceof Http2StreamChannel)) {
      return;
    }
    Map<Http2FrameStream, CallerContext> pending = child.parent().attr(BY_STREAM).get();
    if (pending == null) {
      pending = new ConcurrentHashMap<>();
      Map<Http2FrameStream, CallerContext> raced = child.parent().attr(BY_STREAM).setIfAbsent(pending);
      pending = raced != null ? raced : pending;
    }
    if (pending.size() < MAX_PENDING) {
      pending.put(((Http2StreamChannel) child).stream(), caller);
    }
  }

  /** What was carried for this stream, once; else null. */
  static CallerContext take(Channel connection, Http2FrameStream stream) {
    if (!connection.hasAttr(BY_STREAM)) {
      return null;
    }
    Map<Http2FrameStream, CallerContext> pending = connection.attr(BY_STREAM).get();
    return pending == null || pending.isEmpty() ? null : pending.remove(stream);
  }
}

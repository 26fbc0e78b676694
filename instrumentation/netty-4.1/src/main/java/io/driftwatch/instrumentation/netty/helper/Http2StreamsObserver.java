package io.driftwatch.instrumentation.netty.helper;

import io.driftwatch.genai.context.CallerContext;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http2.Http2DataFrame;
import io.netty.handler.codec.http2.Http2FrameStream;
import io.netty.handler.codec.http2.Http2FrameStreamEvent;
import io.netty.handler.codec.http2.Http2FrameStreamException;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import io.netty.handler.codec.http2.Http2ResetFrame;
import io.netty.handler.codec.http2.Http2Stream;
import io.netty.handler.codec.http2.Http2StreamFrame;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sits right after a client's {@code Http2FrameCodec}, where every stream's frames pass: the
 * multiplexer's child channels (Reactor Netty, the AWS SDK) write through here and read from here.
 * Each stream that detection calls an LLM call gets its own {@link ObservedCall}, keyed by the
 * stream object (its id is assigned only as its first frame passes the codec), so two streams'
 * bodies are never mixed. Frames are passed on untouched; bytes are copied before they move on.
 * Runs on the connection's event loop only.
 */
final class Http2StreamsObserver extends ChannelDuplexHandler {

  private static final String CLIENT = "netty";

  private final Map<Http2FrameStream, ObservedCall> calls = new IdentityHashMap<>(4);
  private final RequestTarget target = new RequestTarget();
  /** The headers being detected: read through {@link #detecting}, made once per connection, not per stream. */
  private Http2Headers detectingHeaders;
  private final HeaderLookup detecting = name -> detectingHeaders == null ? null : first(detectingHeaders, name);

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
    try {
      if (msg instanceof Http2StreamFrame) {
        onOutbound(ctx, (Http2StreamFrame) msg);
      }
    } catch (Throwable t) {
      LlmExchanges.reportFailure(CLIENT, t);
    }
    ctx.write(msg, promise);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
    ObservedCall ended = null;
    try {
      if (msg instanceof Http2StreamFrame && !calls.isEmpty()) {
        ended = onInbound((Http2StreamFrame) msg);
      }
    } catch (Throwable t) {
      LlmExchanges.reportFailure(CLIENT, t);
    }
    ctx.fireChannelRead(msg);
    if (ended != null) {
      ended.complete(); // after the stream's handlers had the last bytes
    }
  }

  /**
   * A stream that closes while its call is open was reset, or cut off by a GOAWAY; a context carried
   * for a stream that never sent its request is dropped.
   */
  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    try {
      if (evt instanceof Http2FrameStreamEvent) {
        Http2FrameStream stream = ((Http2FrameStreamEvent) evt).stream();
        if (stream != null && stream.state() == Http2Stream.State.CLOSED) {
          Http2CallerContexts.take(ctx.channel(), stream);
          fail(stream, new IOException("HTTP/2 stream closed before its response ended"));
        }
      }
    } catch (Throwable t) {
      LlmExchanges.reportFailure(CLIENT, t);
    }
    ctx.fireUserEventTriggered(evt);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
    if (cause instanceof Http2FrameStreamException && !calls.isEmpty()) {
      fail(((Http2FrameStreamException) cause).stream(), cause); // the connection's own errors end in channelInactive
    }
    ctx.fireExceptionCaught(cause);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    if (!calls.isEmpty()) {
      List<ObservedCall> open = new ArrayList<>(calls.values());
      calls.clear();
      ClosedChannelException closed = new ClosedChannelException();
      for (ObservedCall call : open) {
        call.fail(closed);
      }
    }
    ctx.fireChannelInactive();
  }

  private void onOutbound(ChannelHandlerContext ctx, Http2StreamFrame frame) {
    Http2FrameStream stream = frame.stream();
    if (stream == null) {
      return;
    }
    ObservedCall call = calls.isEmpty() ? null : calls.get(stream);
    if (frame instanceof Http2HeadersFrame) {
      Http2HeadersFrame headers = (Http2HeadersFrame) frame;
      if (call == null) {
        call = start(ctx, stream, headers.headers());
        if (call == null) {
          return;
        }
        calls.put(stream, call);
      }
      if (headers.isEndStream()) {
        call.onRequestEnd(); // no body, or trailers after it
      }
    } else if (call != null && frame instanceof Http2DataFrame) {
      Http2DataFrame data = (Http2DataFrame) frame;
      call.onRequestContent(data.content());
      if (data.isEndStream()) {
        call.onRequestEnd();
      }
    } else if (call != null && frame instanceof Http2ResetFrame) {
      calls.remove(stream);
      call.cancel(); // the client gave up on the stream
    }
  }

  /** Allocates nothing until detection says "LLM call". A server's stream sends no {@code :method}. */
  private ObservedCall start(ChannelHandlerContext ctx, Http2FrameStream stream, Http2Headers headers) {
    if (headers.method() == null) {
      return null;
    }
    CallerContext caller = Http2CallerContexts.take(ctx.channel(), stream); // taken by every stream, LLM or not
    SocketAddress remote = ctx.channel().remoteAddress();
    CharSequence authority = headers.authority();
    String host = target.hostOf(authority != null ? authority : headers.get(HttpHeaderNames.HOST), remote);
    int port = RequestTarget.portOf(remote);
    String path = RequestTarget.pathOf(headers.path());
    if (host == null || path == null) {
      return null;
    }
    LlmEndpoint endpoint;
    detectingHeaders = headers;
    try {
      endpoint = LlmExchanges.detect(host, port, path, detecting);
    } finally {
      detectingHeaders = null;
    }
    return endpoint == null ? null
        : ObservedCall.start(endpoint, host, port, name -> first(headers, name),
            ObservedCall.parseLength(headers.get(HttpHeaderNames.CONTENT_LENGTH)), caller);
  }

  /** @return the call whose stream just ended, to complete once the frame has moved on */
  private ObservedCall onInbound(Http2StreamFrame frame) {
    Http2FrameStream stream = frame.stream();
    ObservedCall call = stream == null ? null : calls.get(stream);
    if (call == null) {
      return null;
    }
    boolean endStream = false;
    if (frame instanceof Http2HeadersFrame) {
      Http2HeadersFrame headersFrame = (Http2HeadersFrame) frame;
      Http2Headers headers = headersFrame.headers();
      if (!call.responseHeadSeen()) {
        int status = statusOf(headers.status());
        if (status >= 100 && status < 200) {
          return null; // an interim answer; the real one follows
        }
        call.onResponseHead(status, name -> first(headers, name),
            ObservedCall.parseLength(headers.get(HttpHeaderNames.CONTENT_LENGTH)));
      }
      endStream = headersFrame.isEndStream();
    } else if (frame instanceof Http2DataFrame) {
      Http2DataFrame data = (Http2DataFrame) frame;
      call.onResponseContent(data.content());
      endStream = data.isEndStream();
    } else if (frame instanceof Http2ResetFrame) {
      calls.remove(stream);
      call.fail(new IOException("HTTP/2 stream reset by the server, error code " + ((Http2ResetFrame) frame).errorCode()));
      return null;
    }
    if (endStream) {
      calls.remove(stream);
      return call;
    }
    return null;
  }

  private void fail(Http2FrameStream stream, Throwable cause) {
    ObservedCall call = stream == null || calls.isEmpty() ? null : calls.remove(stream);
    if (call != null) {
      call.fail(cause);
    }
  }

  /** HTTP/2 header names are lower case on the wire and in Netty's headers. */
  private static String first(Http2Headers headers, String name) {
    CharSequence value = headers.get(lowerCase(name));
    return value == null ? null : value.toString();
  }

  private static String lowerCase(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return name.toLowerCase(java.util.Locale.ROOT);
      }
    }
    return name;
  }

  private static int statusOf(CharSequence status) {
    if (status == null) {
      return -1;
    }
    try {
      return Integer.parseInt(status, 0, status.length(), 10);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

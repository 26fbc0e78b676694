package io.driftwatch.instrumentation.netty.helper;

import io.driftwatch.genai.context.CallerContext;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.ClosedChannelException;

/**
 * Sits right after an HTTP/1.1 client codec and watches one connection's exchanges go by, one at a
 * time: the request head and body as they are written (a body streamed in chunks is copied chunk
 * by chunk), the response head and content as they are read. Messages are passed on untouched;
 * bytes are copied (bounded) before they move on, because the next handler may release them. Runs
 * on the channel's event loop only.
 */
final class ObservingHandler extends ChannelDuplexHandler {

  private static final String CLIENT = "netty";

  private ObservedCall call;
  private final RequestTarget target = new RequestTarget();
  /** The head being detected: read through {@link #detecting}, made once per connection, not per request. */
  private HttpHeaders detectingHeaders;
  private final HeaderLookup detecting = name -> detectingHeaders == null ? null : detectingHeaders.get(name);

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
    try {
      onOutbound(ctx, msg);
    } catch (Throwable t) {
      LlmExchanges.reportFailure(CLIENT, t);
    }
    ctx.write(msg, promise);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
    ObservedCall ended = null;
    try {
      ended = onInbound(msg);
    } catch (Throwable t) {
      LlmExchanges.reportFailure(CLIENT, t);
    }
    ctx.fireChannelRead(msg);
    if (ended != null) {
      ended.complete(); // after the application's handlers had the last bytes
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    failCurrent(new ClosedChannelException());
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
    failCurrent(cause);
    ctx.fireExceptionCaught(cause);
  }

  private void onOutbound(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof HttpRequest) {
      start(ctx, (HttpRequest) msg);
    }
    ObservedCall current = call;
    if (current == null) {
      return;
    }
    ByteBuf content = msg instanceof HttpContent ? ((HttpContent) msg).content() : msg instanceof ByteBuf ? (ByteBuf) msg : null;
    if (content != null) {
      current.onRequestContent(content);
    }
    if (msg instanceof LastHttpContent) {
      current.onRequestEnd();
    }
  }

  /** Allocates nothing until detection says "LLM call": most requests on most connections are not. */
  private void start(ChannelHandlerContext ctx, HttpRequest request) {
    if (call != null) {
      failCurrent(new IOException("a new request was sent before the previous response ended"));
    }
    CallerContext caller = ChannelCallerContexts.takeForRequest(ctx.channel()); // taken by every request, LLM or not
    SocketAddress remote = ctx.channel().remoteAddress();
    HttpHeaders headers = request.headers();
    String host = target.hostOf(headers.get(HttpHeaderNames.HOST), remote);
    int port = RequestTarget.portOf(remote);
    String path = RequestTarget.pathOf(request.uri());
    if (host == null || path == null) {
      return;
    }
    LlmEndpoint endpoint;
    detectingHeaders = headers;
    try {
      endpoint = LlmExchanges.detect(host, port, path, detecting);
    } finally {
      detectingHeaders = null;
    }
    if (endpoint != null) {
      call = ObservedCall.start(endpoint, host, port, headers::get,
          ObservedCall.parseLength(headers.get(HttpHeaderNames.CONTENT_LENGTH)), caller);
    }
  }

  /** @return the call whose response just ended, to complete once the message has moved on */
  private ObservedCall onInbound(Object msg) {
    ObservedCall current = call;
    if (current == null) {
      return null;
    }
    if (msg instanceof HttpResponse) {
      HttpResponse response = (HttpResponse) msg;
      if (response.status().code() == 100) {
        return null; // an interim answer; the real one follows
      }
      HttpHeaders headers = response.headers();
      current.onResponseHead(response.status().code(), headers::get,
          ObservedCall.parseLength(headers.get(HttpHeaderNames.CONTENT_LENGTH)));
    }
    if (msg instanceof HttpContent) {
      current.onResponseContent(((HttpContent) msg).content());
      if (msg instanceof LastHttpContent) {
        call = null;
        return current;
      }
    }
    return null;
  }

  private void failCurrent(Throwable cause) {
    ObservedCall current = call;
    call = null;
    if (current != null) {
      current.fail(cause);
    }
  }
}

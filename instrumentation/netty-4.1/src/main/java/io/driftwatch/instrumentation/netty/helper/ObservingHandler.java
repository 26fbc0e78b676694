package io.driftwatch.instrumentation.netty.helper;

import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.exchange.OutboundRequest;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.channels.ClosedChannelException;

/**
 * Sits right after an HTTP/1.1 client codec and watches one connection's exchanges go by, one at a
 * time: the request head and body as they are written, the response head and content as they are
 * read. Messages are passed on untouched; bytes are copied (bounded) before they move on, because the
 * next handler may release them. Runs on the channel's event loop only.
 */
final class ObservingHandler extends ChannelDuplexHandler {

  private static final String CLIENT = "netty";

  private LlmExchange exchange;
  private ByteArrayOutputStream requestCopy;
  /** The head being detected: read through {@link #detecting}, made once per connection, not per request. */
  private HttpHeaders detectingHeaders;
  private final HeaderLookup detecting = name -> detectingHeaders == null ? null : detectingHeaders.get(name);
  /** The last Host header and the host it names: a connection sends the same one every time. */
  private String lastHostHeader;
  private String lastHost;

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
    LlmExchange ended = null;
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

  private void onOutbound(ChannelHandlerContext ctx, Object msg) throws IOException {
    if (msg instanceof HttpRequest) {
      start(ctx, (HttpRequest) msg);
    }
    if (exchange == null || requestCopy == null) {
      return;
    }
    ByteBuf content = msg instanceof HttpContent ? ((HttpContent) msg).content() : msg instanceof ByteBuf ? (ByteBuf) msg : null;
    if (content != null && content.isReadable()) {
      if (requestCopy.size() + content.readableBytes() > LlmExchanges.maxCapturedBodyBytes()) {
        requestCopy = null; // over the bound: the span gets no request attributes
        return;
      }
      content.getBytes(content.readerIndex(), requestCopy, content.readableBytes());
    }
    if (msg instanceof LastHttpContent) {
      exchange.onRequestBodySent(requestCopy.toByteArray());
      requestCopy = null;
    }
  }

  /** Allocates nothing until detection says "LLM call": most requests on most connections are not. */
  private void start(ChannelHandlerContext ctx, HttpRequest request) {
    if (exchange != null) {
      failCurrent(new IOException("a new request was sent before the previous response ended"));
    }
    SocketAddress remote = ctx.channel().remoteAddress();
    HttpHeaders headers = request.headers();
    String host = hostOf(headers, remote);
    int port = remote instanceof InetSocketAddress ? ((InetSocketAddress) remote).getPort() : -1;
    String path = pathOf(request.uri());
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
    if (endpoint == null) {
      return;
    }
    HeaderLookup lookup = headers::get;
    String declared = headers.get(HttpHeaderNames.CONTENT_LENGTH);
    long length = declared == null ? -1 : parseLength(declared);
    exchange = LlmExchanges.start(endpoint, new OutboundRequest(host, port, lookup, null, length));
    if (exchange != null) {
      exchange.foldOffReadingThread(); // an event loop: streamed events are only framed here
    }
    requestCopy = exchange == null ? null : new ByteArrayOutputStream(length > 0 ? (int) Math.min(length, 64 * 1024) : 1024);
  }

  /** @return the exchange whose response just ended, to complete once the message has moved on */
  private LlmExchange onInbound(Object msg) {
    LlmExchange current = exchange;
    if (current == null) {
      return null;
    }
    if (msg instanceof HttpResponse) {
      HttpResponse response = (HttpResponse) msg;
      if (response.status().code() == 100) {
        return null; // an interim answer; the real one follows
      }
      String declared = response.headers().get(HttpHeaderNames.CONTENT_LENGTH);
      current.onResponseHead(response.status().code(), response.headers()::get,
          declared == null ? -1 : parseLength(declared));
    }
    if (msg instanceof HttpContent) {
      ByteBuf content = ((HttpContent) msg).content();
      if (content.isReadable()) {
        current.onResponseBytes(content.nioBuffer()); // a view: the buffer's indexes do not move
      }
      if (msg instanceof LastHttpContent) {
        exchange = null;
        requestCopy = null;
        return current;
      }
    }
    return null;
  }

  private void failCurrent(Throwable cause) {
    LlmExchange current = exchange;
    exchange = null;
    requestCopy = null;
    if (current != null) {
      try {
        current.fail(cause);
      } catch (Throwable t) {
        LlmExchanges.reportFailure(CLIENT, t);
      }
    }
  }

  private String hostOf(HttpHeaders headers, SocketAddress remote) {
    String hostHeader = headers.get(HttpHeaderNames.HOST);
    if (hostHeader != null && !hostHeader.isEmpty()) {
      if (!hostHeader.equals(lastHostHeader)) {
        int colon = hostHeader.startsWith("[") ? hostHeader.indexOf("]:") + 1 : hostHeader.lastIndexOf(':');
        lastHost = colon > 0 ? hostHeader.substring(0, colon) : hostHeader;
        lastHostHeader = hostHeader;
      }
      return lastHost;
    }
    return remote instanceof InetSocketAddress ? ((InetSocketAddress) remote).getHostString() : null;
  }

  /** Origin form ({@code /v1/chat}) or absolute form (through a proxy); never the query. */
  private static String pathOf(String uri) {
    if (uri == null) {
      return null;
    }
    if (uri.startsWith("/")) {
      int query = uri.indexOf('?');
      return query < 0 ? uri : uri.substring(0, query);
    }
    try {
      return URI.create(uri).getRawPath();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static long parseLength(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

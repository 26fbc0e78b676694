package io.driftwatch.instrumentation.netty;

import io.driftwatch.testing.ClientAnswer;
import io.driftwatch.testing.ClientConformance;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;

/**
 * A plain Netty 4.1 HTTP/1.1 client, as Reactor Netty builds one: an HttpClientCodec, then either an
 * aggregator (the whole answer) or a handler taking each content part as it arrives (a stream).
 */
class NettyConformanceTest extends ClientConformance {

  private static final EventLoopGroup GROUP = new NioEventLoopGroup(1);

  @AfterAll
  static void stopGroup() {
    GROUP.shutdownGracefully(0, 0, TimeUnit.SECONDS);
  }

  @Override
  protected String instrumentationName() {
    return NettyInstrumentation.CLIENT;
  }

  @Override
  protected ClientAnswer postReadingWhole(String url, String json) throws Exception {
    CompletableFuture<ClientAnswer> answer = new CompletableFuture<>();
    send(url, json, answer, new HttpObjectAggregator(1 << 20), new SimpleChannelInboundHandler<FullHttpResponse>() {
      @Override
      protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
        answer.complete(new ClientAnswer(response.status().code(), ByteBufUtil.getBytes(response.content())));
        ctx.close();
      }
    });
    return answer.get(10, TimeUnit.SECONDS);
  }

  @Override
  protected ClientAnswer postReadingStream(String url, String json) throws Exception {
    CompletableFuture<ClientAnswer> answer = new CompletableFuture<>();
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    int[] status = new int[1];
    send(url, json, answer, new SimpleChannelInboundHandler<HttpObject>() {
      @Override
      protected void channelRead0(ChannelHandlerContext ctx, HttpObject part) {
        if (part instanceof HttpResponse response) {
          status[0] = response.status().code();
        }
        if (part instanceof HttpContent content) {
          read.writeBytes(ByteBufUtil.getBytes(content.content()));
        }
        if (part instanceof LastHttpContent) {
          answer.complete(new ClientAnswer(status[0], read.toByteArray()));
          ctx.close();
        }
      }
    });
    return answer.get(10, TimeUnit.SECONDS);
  }

  /** A chunked upload as Reactor Netty sends a Flux: the head, the body in pieces, an empty last piece. */
  @Override
  protected ClientAnswer postStreamingBody(String url, byte[] json) throws Exception {
    CompletableFuture<ClientAnswer> answer = new CompletableFuture<>();
    Channel channel = connect(url, answer, new HttpObjectAggregator(1 << 20), new SimpleChannelInboundHandler<FullHttpResponse>() {
      @Override
      protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
        answer.complete(new ClientAnswer(response.status().code(), ByteBufUtil.getBytes(response.content())));
        ctx.close();
      }
    });
    URI uri = URI.create(url);
    DefaultHttpRequest head = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, uri.getRawPath());
    head.headers().set(HttpHeaderNames.HOST, uri.getHost() + ":" + uri.getPort())
        .set(HttpHeaderNames.CONTENT_TYPE, "application/json")
        .set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
    channel.write(head);
    int piece = Math.max(1, json.length / 7);
    for (int offset = 0; offset < json.length; offset += piece) {
      channel.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(json, offset, Math.min(piece, json.length - offset))));
    }
    channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
    return answer.get(10, TimeUnit.SECONDS);
  }

  private static void send(String url, String json, CompletableFuture<ClientAnswer> answer,
      ChannelHandler... afterCodec) throws InterruptedException {
    URI uri = URI.create(url);
    Channel channel = connect(url, answer, afterCodec);
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, uri.getRawPath(),
        Unpooled.wrappedBuffer(body));
    request.headers().set(HttpHeaderNames.HOST, uri.getHost() + ":" + uri.getPort())
        .set(HttpHeaderNames.CONTENT_TYPE, "application/json")
        .set(HttpHeaderNames.CONTENT_LENGTH, body.length);
    channel.writeAndFlush(request);
  }

  private static Channel connect(String url, CompletableFuture<ClientAnswer> answer, ChannelHandler... afterCodec)
      throws InterruptedException {
    URI uri = URI.create(url);
    Channel channel = new Bootstrap().group(GROUP).channel(NioSocketChannel.class)
        .handler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            ch.pipeline().addLast("codec", new HttpClientCodec());
            ch.pipeline().addLast(afterCodec);
          }
        })
        .connect(uri.getHost(), uri.getPort()).sync().channel();
    channel.closeFuture().addListener(closed -> answer.completeExceptionally(new IllegalStateException("closed")));
    return channel;
  }
}

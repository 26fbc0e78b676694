package io.driftwatch.it;

import io.driftwatch.samples.standin.ProviderStandIn;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http2.DefaultHttp2DataFrame;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.DefaultHttp2HeadersFrame;
import io.netty.handler.codec.http2.Http2DataFrame;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2StreamFrame;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/2 front for the provider stand-in on 127.0.0.1, built on Netty's own HTTP/2 server codec:
 * cleartext with prior knowledge (h2c), or TLS with ALPN h2 and a self-signed certificate. Each
 * stream is relayed to the HTTP/1.1 stand-in over a plain socket (HTTP/1.0, so the answer ends with
 * the connection and needs no chunk decoding) and its answer is sent back as it arrives, a DATA
 * frame per read: a streamed answer stays a stream. A plain socket, because an HTTP client here
 * would be observed by the agent and make a second span.
 */
final class Http2StandIn implements AutoCloseable {

  private final EventLoopGroup group = new NioEventLoopGroup(1);
  private final ExecutorService relays = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "h2-stand-in-relay");
    thread.setDaemon(true);
    return thread;
  });
  private final ProviderStandIn provider;
  private final Channel server;
  private final AtomicInteger streamsRelayed = new AtomicInteger();

  private Http2StandIn(ProviderStandIn provider, SslContext tls) throws InterruptedException {
    this.provider = provider;
    this.server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            if (tls != null) {
              ch.pipeline().addLast(tls.newHandler(ch.alloc()));
            }
            ch.pipeline().addLast(Http2FrameCodecBuilder.forServer().build());
            ch.pipeline().addLast(new Http2MultiplexHandler(new ChannelInitializer<Channel>() {
              @Override
              protected void initChannel(Channel stream) {
                stream.pipeline().addLast(new StreamRelay());
              }
            }));
          }
        })
        .bind("127.0.0.1", 0).sync().channel();
  }

  /** Cleartext HTTP/2 with prior knowledge. */
  static Http2StandIn cleartext(ProviderStandIn provider) throws InterruptedException {
    return new Http2StandIn(provider, null);
  }

  /** HTTP/2 over TLS, offering only h2 by ALPN, with the certificate of {@code certificate}. */
  static Http2StandIn tls(ProviderStandIn provider, SelfSignedTls certificate) throws Exception {
    SslContext tls = SslContextBuilder.forServer(certificate.keyManagers())
        .sslProvider(SslProvider.JDK)
        .applicationProtocolConfig(new ApplicationProtocolConfig(ApplicationProtocolConfig.Protocol.ALPN,
            ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
            ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT, ApplicationProtocolNames.HTTP_2))
        .build();
    return new Http2StandIn(provider, tls);
  }

  int port() {
    return ((InetSocketAddress) server.localAddress()).getPort();
  }

  /** Streams answered so far: proof that a client really spoke HTTP/2 here. */
  int streamsRelayed() {
    return streamsRelayed.get();
  }

  @Override
  public void close() {
    server.close().syncUninterruptibly();
    group.shutdownGracefully(0, 5, TimeUnit.SECONDS);
    relays.shutdownNow();
  }

  /** One per stream: gathers the request, then relays it on a thread of its own. */
  private final class StreamRelay extends SimpleChannelInboundHandler<Http2StreamFrame> {
    private Http2Headers requestHeaders;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Http2StreamFrame frame) {
      boolean end = false;
      if (frame instanceof Http2HeadersFrame headers) {
        requestHeaders = headers.headers();
        end = headers.isEndStream();
      } else if (frame instanceof Http2DataFrame data) {
        body.writeBytes(ByteBufUtil.getBytes(data.content()));
        end = data.isEndStream();
      }
      if (end) {
        streamsRelayed.incrementAndGet();
        Http2Headers headers = requestHeaders;
        byte[] bytes = body.toByteArray();
        relays.execute(() -> relay(ctx, headers, bytes));
      }
    }

    private void relay(ChannelHandlerContext ctx, Http2Headers headers, byte[] requestBody) {
      try (Socket socket = new Socket("127.0.0.1", provider.port())) {
        OutputStream out = socket.getOutputStream();
        StringBuilder head = new StringBuilder().append(headers.method()).append(' ').append(headers.path())
            .append(" HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Length: ").append(requestBody.length).append("\r\n");
        for (Map.Entry<CharSequence, CharSequence> header : headers) {
          String name = header.getKey().toString();
          if (!name.startsWith(":") && !name.equals("content-length") && !name.equals("host")) {
            head.append(name).append(": ").append(header.getValue()).append("\r\n");
          }
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(requestBody);
        out.flush();
        InputStream in = socket.getInputStream();
        ctx.writeAndFlush(new DefaultHttp2HeadersFrame(responseHeaders(in)));
        byte[] buffer = new byte[8192];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          ctx.writeAndFlush(new DefaultHttp2DataFrame(Unpooled.copiedBuffer(buffer, 0, read)));
        }
        ctx.writeAndFlush(new DefaultHttp2DataFrame(true));
      } catch (IOException | RuntimeException e) {
        System.err.println("HTTP/2 stand-in could not relay " + headers.path() + ": " + e);
        ctx.close();
      }
    }
  }

  /** Reads the HTTP/1.0 status line and headers; hop-by-hop headers stay behind. */
  private static Http2Headers responseHeaders(InputStream in) throws IOException {
    String statusLine = readLine(in);
    Http2Headers headers = new DefaultHttp2Headers().status(statusLine.split(" ")[1]);
    for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
      int colon = line.indexOf(':');
      String name = line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
      if (!name.equals("connection") && !name.equals("transfer-encoding") && !name.equals("keep-alive")) {
        headers.add(name, line.substring(colon + 1).trim());
      }
    }
    return headers;
  }

  private static String readLine(InputStream in) throws IOException {
    ByteBuf line = Unpooled.buffer(128);
    try {
      for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
        if (b != '\r') {
          line.writeByte(b);
        }
      }
      return line.toString(StandardCharsets.ISO_8859_1);
    } finally {
      line.release();
    }
  }
}

package io.driftwatch.it;

import io.netty.bootstrap.ServerBootstrap;
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
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2SecurityUtil;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.codec.http2.Http2StreamFrameToHttpObjectCodec;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.ApplicationProtocolNegotiationHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * An OpenAI-compatible provider on 127.0.0.1 that speaks only HTTP/2 over TLS (ALPN "h2"), with a
 * self-signed certificate made for the run by the JDK's keytool. Answers chat completions whole or
 * as an SSE stream (when the request asks for one), in small DATA frames.
 */
final class Http2ProviderStandIn implements AutoCloseable {

  private static final char[] PASSWORD = "stand-in".toCharArray();
  private static final Pattern MODEL = Pattern.compile("\"model\"\\s*:\\s*\"([^\"]+)\"");

  /** One request as the server saw it: its HTTP/2 stream id, path and body. */
  record Received(int streamId, String path, Map<String, String> headers, byte[] body) {}

  private final EventLoopGroup group = new NioEventLoopGroup(1);
  private final List<Received> requests = new CopyOnWriteArrayList<>();
  private final KeyStore keyStore;
  private final Channel server;

  private Http2ProviderStandIn() throws Exception {
    keyStore = selfSignedKeyStore();
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(keyStore, PASSWORD);
    SslContext tls = SslContextBuilder.forServer(keys).sslProvider(SslProvider.JDK)
        .ciphers(Http2SecurityUtil.CIPHERS, SupportedCipherSuiteFilter.INSTANCE)
        .applicationProtocolConfig(new ApplicationProtocolConfig(ApplicationProtocolConfig.Protocol.ALPN,
            ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
            ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT, ApplicationProtocolNames.HTTP_2))
        .build();
    server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel channel) {
            channel.pipeline().addLast(tls.newHandler(channel.alloc()), new Http2Only());
          }
        })
        .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
  }

  static Http2ProviderStandIn start() {
    try {
      return new Http2ProviderStandIn();
    } catch (Exception e) {
      throw new IllegalStateException("HTTP/2 stand-in did not start", e);
    }
  }

  String baseUrl() {
    return "https://127.0.0.1:" + ((InetSocketAddress) server.localAddress()).getPort();
  }

  /** A client context that trusts this stand-in's certificate only. */
  SSLContext clientTls() throws Exception {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {clientTrust()}, null);
    return context;
  }

  /** The trust manager behind {@link #clientTls()}, for clients that take both (OkHttp). */
  X509TrustManager clientTrust() throws Exception {
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(keyStore);
    return (X509TrustManager) trust.getTrustManagers()[0];
  }

  List<Received> requests() {
    return requests;
  }

  @Override
  public void close() {
    server.close().syncUninterruptibly();
    group.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
  }

  /** Made with keytool into an owner-only folder, read, and deleted. */
  private static KeyStore selfSignedKeyStore() throws Exception {
    Path folder = Files.createTempDirectory("h2-stand-in", PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rwx------")));
    Path file = folder.resolve("stand-in.p12");
    try {
      Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
      Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "stand-in", "-keyalg", "EC",
          "-groupname", "secp256r1", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
          "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
          "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
          .redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("keytool failed: " + output);
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(file)) {
        store.load(in, PASSWORD);
      }
      return store;
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(folder);
    }
  }

  /** After the TLS handshake: HTTP/2 frames, one child channel per stream, each a request and its answer. */
  private final class Http2Only extends ApplicationProtocolNegotiationHandler {
    Http2Only() {
      super(ApplicationProtocolNames.HTTP_2);
    }

    @Override
    protected void configurePipeline(ChannelHandlerContext ctx, String protocol) {
      if (!ApplicationProtocolNames.HTTP_2.equals(protocol)) {
        ctx.close();
        return;
      }
      ctx.pipeline().addLast(Http2FrameCodecBuilder.forServer().build(),
          new Http2MultiplexHandler(new ChannelInitializer<Http2StreamChannel>() {
            @Override
            protected void initChannel(Http2StreamChannel stream) {
              stream.pipeline().addLast(new Http2StreamFrameToHttpObjectCodec(true),
                  new HttpObjectAggregator(1 << 20), new ChatAnswer(stream.stream().id()));
            }
          }));
    }
  }

  private final class ChatAnswer extends SimpleChannelInboundHandler<FullHttpRequest> {
    private final int streamId;

    ChatAnswer(int streamId) {
      this.streamId = streamId;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
      byte[] body = ByteBufUtil.getBytes(request.content());
      Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      request.headers().forEach(header -> headers.put(header.getKey(), header.getValue()));
      requests.add(new Received(streamId, request.uri(), headers, body));
      String json = new String(body, StandardCharsets.UTF_8);
      Matcher model = MODEL.matcher(json);
      String name = model.find() ? model.group(1) : "unknown";
      if (json.replace(" ", "").contains("\"stream\":true")) {
        HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        head.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream");
        ctx.write(head);
        byte[] sse = SseTranscripts.openAiChat(name, List.of("Blue ", "light ", "scatters."), 12, 3)
            .getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at < sse.length; at += 64) {
          ctx.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(sse, at, Math.min(64, sse.length - at))));
        }
        ctx.writeAndFlush(new DefaultLastHttpContent());
      } else {
        byte[] answer = ("{\"id\":\"chatcmpl-h2\",\"object\":\"chat.completion\",\"created\":1700000000,\"model\":\""
            + name + "\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
            + "\"Over HTTP/2.\"},\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":20,\"completion_tokens\":4,\"total_tokens\":24}}")
            .getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
            Unpooled.wrappedBuffer(answer));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
        ctx.writeAndFlush(response);
      }
    }
  }
}

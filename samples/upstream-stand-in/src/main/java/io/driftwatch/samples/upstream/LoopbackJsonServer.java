package io.driftwatch.samples.upstream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The JDK HTTP server on a free loopback port, answering JSON: what the stand-ins of stores run on. */
public final class LoopbackJsonServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService pool;

  private LoopbackJsonServer(HttpServer server, ExecutorService pool) {
    this.server = server;
    this.pool = pool;
  }

  public static LoopbackJsonServer start(HttpHandler handler, int threads) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      server.createContext("/", handler);
      server.setExecutor(pool);
      server.start();
      return new LoopbackJsonServer(server, pool);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a loopback stand-in", e);
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** Sends {@code body} as the whole JSON answer, with any extra headers a client expects. */
  public static void send(HttpExchange exchange, int status, byte[] body, Map<String, String> headers)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    headers.forEach(exchange.getResponseHeaders()::set);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}

package io.driftwatch.samples.drill;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An OTLP/HTTP fan-out on the loopback interface: every export it receives goes on, unchanged, to
 * the collector (for Jaeger and Prometheus) and to the drill's own receiver (which it answers
 * with). A collector that stops answering is reported once and otherwise ignored.
 */
final class OtlpTee implements AutoCloseable {

  private static final List<String> FORWARDED_HEADERS = List.of("Content-Type", "Content-Encoding");

  private final HttpServer server;
  private final ExecutorService workers = Executors.newFixedThreadPool(2, task -> {
    Thread thread = new Thread(task, "otlp-tee");
    thread.setDaemon(true);
    return thread;
  });
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
  private final String collector;
  private final String receiver;
  private final AtomicBoolean collectorFailureReported = new AtomicBoolean();

  private OtlpTee(String collector, String receiver) throws IOException {
    this.collector = collector;
    this.receiver = receiver;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::forward);
    server.setExecutor(workers);
    server.start();
  }

  static OtlpTee start(String collectorEndpoint, String receiverEndpoint) {
    try {
      return new OtlpTee(collectorEndpoint, receiverEndpoint);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the OTLP tee", e);
    }
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String path = exchange.getRequestURI().getRawPath();
      client.sendAsync(copy(exchange, collector + path, body), HttpResponse.BodyHandlers.discarding())
          .whenComplete((response, failure) -> {
            if ((failure != null || response.statusCode() >= 300) && collectorFailureReported.compareAndSet(false, true)) {
              System.err.println("[drill] the collector at " + collector + " did not take an export ("
                  + (failure != null ? failure : "HTTP " + response.statusCode()) + "); the drill goes on");
            }
          });
      HttpResponse<byte[]> local;
      try {
        local = client.send(copy(exchange, receiver + path, body), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        exchange.sendResponseHeaders(503, -1);
        return;
      }
      local.headers().firstValue("Content-Type").ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
      byte[] answer = local.body();
      exchange.sendResponseHeaders(local.statusCode(), answer.length == 0 ? -1 : answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    }
  }

  private static HttpRequest copy(HttpExchange exchange, String url, byte[] body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(5))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (String header : FORWARDED_HEADERS) {
      String value = exchange.getRequestHeaders().getFirst(header);
      if (value != null) {
        request.header(header, value);
      }
    }
    return request.build();
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}

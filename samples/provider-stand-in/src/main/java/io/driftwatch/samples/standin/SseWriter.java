package io.driftwatch.samples.standin;

import com.sun.net.httpserver.HttpExchange;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes a text/event-stream body, flushing each event so clients see it as it is written. */
final class SseWriter implements Closeable {

  private final OutputStream out;

  private SseWriter(OutputStream out) {
    this.out = out;
  }

  /** Sends 200 with the given headers and an event-stream content type; the body follows. */
  static SseWriter open(HttpExchange exchange, Map<String, String> headers) throws IOException {
    var responseHeaders = exchange.getResponseHeaders();
    headers.forEach(responseHeaders::set);
    responseHeaders.set("Content-Type", "text/event-stream; charset=utf-8");
    responseHeaders.set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(200, 0); // length unknown up front: chunked, like real providers
    return new SseWriter(exchange.getResponseBody());
  }

  void write(SseEvent event) throws IOException {
    StringBuilder text = new StringBuilder();
    if (event.name() != null) {
      text.append("event: ").append(event.name()).append('\n');
    }
    text.append("data: ").append(event.data()).append("\n\n");
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}

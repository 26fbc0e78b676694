package io.driftwatch.samples.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Sends a {@link CannedResponse}: with Content-Length, or chunked in timed pieces when asked. */
record CannedReply(CannedResponse response) implements Reply {

  // The JDK server frames the body itself; a copied framing header would contradict it.
  private static final Set<String> FRAMING_HEADERS = Set.of("content-length", "transfer-encoding");

  /** A 200 JSON answer with a provider's headers. */
  static CannedReply okJson(JsonNode body, Map<String, String> headers) {
    return new CannedReply(CannedResponse.of(200, "application/json",
        Json.text(body).getBytes(StandardCharsets.UTF_8), headers));
  }

  @Override
  public void sendTo(HttpExchange exchange) throws IOException {
    var headers = exchange.getResponseHeaders();
    response.headers().forEach((name, value) -> {
      if (!FRAMING_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        headers.set(name, value);
      }
    });
    if (response.contentType() != null) {
      headers.set("Content-Type", response.contentType());
    }
    byte[] body = response.body();
    if (response.chunked()) {
      exchange.sendResponseHeaders(response.status(), 0); // 0 asks the JDK server for chunking
      try (OutputStream out = exchange.getResponseBody()) {
        writeInPieces(out, body);
      }
    } else {
      exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private void writeInPieces(OutputStream out, byte[] body) throws IOException {
    for (int offset = 0; offset < body.length; offset += response.chunkBytes()) {
      if (offset > 0) {
        pause(response.delayMillisBetweenChunks());
      }
      out.write(body, offset, Math.min(response.chunkBytes(), body.length - offset));
      out.flush(); // each flush becomes one chunk on the wire
    }
  }

  private static void pause(long millis) throws IOException {
    if (millis == 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while trickling a chunked body", e);
    }
  }
}

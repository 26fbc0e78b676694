package io.driftwatch.samples.standin;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A 200 streamed as frames, each written and flushed on its own (one chunk on the wire), for
 * framings other than OpenAI-style SSE: Gemini's CRLF events, Ollama's NDJSON lines, a JSON array
 * written element by element, AWS event stream messages.
 */
record FramedReply(String contentType, Map<String, String> headers, List<byte[]> frames) implements Reply {

  /** Text frames, sent as UTF-8. */
  static FramedReply text(String contentType, Map<String, String> headers, List<String> frames) {
    return new FramedReply(contentType, headers,
        frames.stream().map(frame -> frame.getBytes(StandardCharsets.UTF_8)).toList());
  }

  @Override
  public void sendTo(HttpExchange exchange) throws IOException {
    var responseHeaders = exchange.getResponseHeaders();
    headers.forEach(responseHeaders::set);
    responseHeaders.set("Content-Type", contentType);
    exchange.sendResponseHeaders(200, 0); // length unknown up front: chunked, like the real servers
    try (OutputStream out = exchange.getResponseBody()) {
      for (byte[] frame : frames) {
        out.write(frame);
        out.flush();
      }
    }
  }
}

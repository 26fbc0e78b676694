package io.driftwatch.samples.standin;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** A streamed answer: provider headers, then each event flushed on its own. */
record SseReply(Map<String, String> headers, List<SseEvent> events) implements Reply {

  @Override
  public void sendTo(HttpExchange exchange) throws IOException {
    try (SseWriter writer = SseWriter.open(exchange, headers)) {
      for (SseEvent event : events) {
        writer.write(event);
      }
    }
  }
}

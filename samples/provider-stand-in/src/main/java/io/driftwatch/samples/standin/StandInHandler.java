package io.driftwatch.samples.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

/** Records every request, then answers it with the next canned response or the default. */
final class StandInHandler implements HttpHandler {

  private final List<RecordedRequest> received;
  private final CannedResponseQueue queue;
  private final DefaultReplies defaults;

  StandInHandler(List<RecordedRequest> received, CannedResponseQueue queue, DefaultReplies defaults) {
    this.received = received;
    this.queue = queue;
    this.defaults = defaults;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      RecordedRequest request = record(exchange);
      received.add(request);
      Reply reply = queue.next(request).<Reply>map(CannedReply::new)
          .orElseGet(() -> defaults.replyFor(request));
      reply.sendTo(exchange);
    } catch (IOException | RuntimeException e) {
      reportFailure(exchange, e);
    } finally {
      exchange.close();
    }
  }

  private static RecordedRequest record(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    URI uri = exchange.getRequestURI();
    return new RecordedRequest(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(),
        exchange.getRequestHeaders(), body);
  }

  // A bug here must show up as a loud 500, not as a hung or silently dropped connection.
  private static void reportFailure(HttpExchange exchange, Exception failure) {
    System.err.println("provider stand-in failed on " + exchange.getRequestURI() + ": " + failure);
    if (exchange.getResponseCode() != -1) {
      return; // headers already went out (often the client hung up): nothing more to say
    }
    try {
      new CannedReply(OpenAiErrors.standInFailed(failure)).sendTo(exchange);
    } catch (IOException ignored) {
      // the client is gone
    }
  }
}

package io.driftwatch.instrumentation.apachehttp5.helper;

import io.driftwatch.genai.exchange.LlmExchange;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * What the observing producer and consumer of one async call share: the exchange, once the
 * request head said it is an LLM call, and the bounded copy of the request body as it is written.
 * The client's I/O threads take turns on it, never at once.
 */
final class AsyncCallState {

  private final int limit;
  private volatile LlmExchange exchange;
  private ByteArrayOutputStream requestCopy;

  AsyncCallState(int limit) {
    this.limit = limit;
  }

  void started(LlmExchange started) {
    exchange = started;
    requestCopy = started == null ? null : new ByteArrayOutputStream();
  }

  LlmExchange exchange() {
    return exchange;
  }

  /** Copies the {@code length} bytes the channel took, starting where the buffer stood before. */
  void requestBytesWritten(ByteBuffer source, int start, int length) {
    if (requestCopy == null || length <= 0) {
      return;
    }
    if (requestCopy.size() + length > limit) {
      requestCopy = null; // over the bound: the span gets no request attributes
      return;
    }
    ByteBuffer written = source.duplicate();
    written.position(start).limit(start + length);
    byte[] bytes = new byte[length];
    written.get(bytes);
    requestCopy.write(bytes, 0, length);
  }

  void requestEnded() {
    LlmExchange current = exchange;
    if (current != null && requestCopy != null) {
      current.onRequestBodySent(requestCopy.toByteArray());
    }
    requestCopy = null;
  }
}

package io.driftwatch.instrumentation.apachehttp5.helper;

import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.ObservedRequestBody;
import java.nio.ByteBuffer;

/**
 * What the observing producer and consumer of one async call share: the exchange, once the
 * request head said it is an LLM call, and the bounded copy of the request body as it is written.
 * The client's I/O threads take turns on it, never at once.
 */
final class AsyncCallState {

  private static final String CLIENT = "apache-httpclient-5";

  private final long declaredLength;
  private volatile LlmExchange exchange;
  private ObservedRequestBody requestCopy;

  /** @param declaredLength the request entity's declared length, or -1 when streamed chunked */
  AsyncCallState(long declaredLength) {
    this.declaredLength = declaredLength;
  }

  void started(LlmExchange started) {
    exchange = started;
    requestCopy = started == null || !ObservedRequestBody.fitsTheBound(declaredLength)
        ? null : new ObservedRequestBody(started, declaredLength, CLIENT);
  }

  LlmExchange exchange() {
    return exchange;
  }

  /** Copies the {@code length} bytes the channel took, starting where the buffer stood before. */
  void requestBytesWritten(ByteBuffer source, int start, int length) {
    ObservedRequestBody copy = requestCopy;
    if (copy == null || length <= 0) {
      return;
    }
    ByteBuffer written = source.duplicate();
    written.position(start).limit(start + length);
    copy.onBytes(written);
  }

  void requestEnded() {
    ObservedRequestBody copy = requestCopy;
    requestCopy = null;
    if (copy != null) {
      copy.onEnd();
    }
  }
}

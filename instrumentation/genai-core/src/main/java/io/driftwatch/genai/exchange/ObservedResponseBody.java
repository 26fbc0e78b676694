package io.driftwatch.genai.exchange;

/**
 * A response body as the application reads it, through however many streams its client hands out
 * (Apache HttpClient gives a new stream per {@code getContent()} call over one connection): counts
 * and reports the bytes, and decides how a close ends the exchange. A close after the declared
 * length was read is a completed call (JSON parsers stop at the closing brace, never seeing the
 * end of the stream); any other close before the end is an early close. Never throws.
 */
public final class ObservedResponseBody implements BodyBytesListener {

  private final LlmExchange exchange;
  private final long declaredLength;
  private final String client;
  private volatile long bytesRead;

  /**
   * @param declaredLength the Content-Length, or -1 when unknown
   * @param client the HTTP client's name, for the agent's own failure count
   */
  public ObservedResponseBody(LlmExchange exchange, long declaredLength, String client) {
    this.exchange = exchange;
    this.declaredLength = declaredLength;
    this.client = client;
  }

  public LlmExchange exchange() {
    return exchange;
  }

  /** Bytes the application just received. */
  @Override
  public void onBytes(byte[] bytes, int offset, int length) {
    if (length <= 0) {
      return;
    }
    bytesRead += length;
    try {
      exchange.onResponseBytes(bytes, offset, length);
    } catch (Throwable t) {
      LlmExchanges.reportFailure(client, t);
    }
  }

  /** The application saw the end of the body. */
  public void onEnd() {
    try {
      exchange.complete();
    } catch (Throwable t) {
      LlmExchanges.reportFailure(client, t);
    }
  }

  /** Reading the body failed; the application sees the same failure. */
  public void onFailure(Throwable error) {
    try {
      exchange.fail(error);
    } catch (Throwable t) {
      LlmExchanges.reportFailure(client, t);
    }
  }

  /** The application closed the body (or the response holding it); a no-op after the end. */
  public void onClose() {
    try {
      if (declaredLength >= 0 && bytesRead >= declaredLength) {
        exchange.complete();
      } else {
        exchange.closeEarly();
      }
    } catch (Throwable t) {
      LlmExchanges.reportFailure(client, t);
    }
  }
}

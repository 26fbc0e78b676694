package io.driftwatch.genai.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A request body the client streams (an entity's {@code writeTo}, an okio sink, an async data
 * channel, a reactive publisher), copied up to the bound as it is written and handed to the
 * exchange when it ends. Nothing is held back: each write has already gone on, or goes on, as it
 * came. One per write of the body; a retry that writes it again starts a new one, and the first
 * that ends wins. One writer at a time, as the client writes. Never throws.
 */
public final class ObservedRequestBody implements BodyBytesListener {

  private final LlmExchange exchange;
  private final String client;
  private BoundedCapture copy;

  /**
   * @param declaredLength the body's declared length, or -1 when the client streams it chunked
   * @param client the HTTP client's name, for the agent's own failure count
   */
  public ObservedRequestBody(LlmExchange exchange, long declaredLength, String client) {
    this.exchange = exchange;
    this.client = client;
    this.copy = new BoundedCapture(exchange.maxCapturedBodyBytes(), declaredLength);
  }

  /** An entity's {@code writeTo}, as {@link #writeObserved} runs it. */
  public interface EntityWriter {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Runs an entity's {@code writeTo} onto {@code out} through a stream that copies what it writes,
   * and hands the copy over when it returns; a failure reaches the caller as it was.
   */
  public static void writeObserved(LlmExchange exchange, long declaredLength, String client, OutputStream out,
      EntityWriter entity) throws IOException {
    ObservedRequestBody copy = new ObservedRequestBody(exchange, declaredLength, client);
    try {
      entity.writeTo(out == null ? null : new ObservingOutputStream(out, copy));
    } catch (IOException | RuntimeException | Error e) {
      copy.onFailure();
      throw e;
    }
    copy.onEnd();
  }

  /** Whether a body of this declared length can be copied at all (unknown lengths can: chunked). */
  public static boolean fitsTheBound(long declaredLength) {
    return declaredLength != 0 && declaredLength <= LlmExchanges.maxCapturedBodyBytes();
  }

  @Override
  public void onBytes(byte[] bytes, int offset, int length) {
    BoundedCapture current = copy;
    if (current != null && length > 0) {
      try {
        current.append(bytes, offset, length);
      } catch (Throwable t) {
        stepAside(t);
      }
    }
  }

  /** The buffer's readable bytes, its position left where it is. */
  public void onBytes(ByteBuffer bytes) {
    BoundedCapture current = copy;
    if (current != null && bytes != null && bytes.hasRemaining()) {
      try {
        current.append(bytes);
      } catch (Throwable t) {
        stepAside(t);
      }
    }
  }

  /** The body ended: the exchange gets the copy (none when it overflowed the bound) and the size. */
  public void onEnd() {
    BoundedCapture current = copy;
    copy = null;
    if (current == null) {
      return;
    }
    try {
      byte[] bytes = current.bytes();
      exchange.onRequestBodyWritten(bytes == null ? null : Arrays.copyOf(bytes, current.size()), current.totalBytes());
    } catch (Throwable t) {
      LlmExchanges.reportFailure(client, t);
    }
  }

  /** Writing the body failed or was abandoned: nothing is handed over. */
  public void onFailure() {
    copy = null;
  }

  private void stepAside(Throwable t) {
    copy = null;
    LlmExchanges.reportFailure(client, t);
  }
}

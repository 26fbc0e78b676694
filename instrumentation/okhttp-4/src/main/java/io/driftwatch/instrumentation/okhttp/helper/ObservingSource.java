package io.driftwatch.instrumentation.okhttp.helper;

import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.ObservedResponseBody;
import java.io.IOException;
import java.io.OutputStream;
import okio.Buffer;
import okio.Source;
import okio.Timeout;

/**
 * Reports each read's bytes straight from okio's segments (no copy of its own beyond the bounded
 * capture), and the end, failure or early close of the body, through the {@link ObservedResponseBody}
 * every client shares.
 */
final class ObservingSource implements Source {

  private final Source delegate;
  private final ObservedResponseBody body;
  private final OutputStream tap;

  ObservingSource(Source delegate, LlmExchange exchange, long expectedLength) {
    this.delegate = delegate;
    this.body = new ObservedResponseBody(exchange, expectedLength, "okhttp");
    this.tap = new OutputStream() {
      @Override
      public void write(int b) {
        body.onBytes(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) {
        body.onBytes(bytes, offset, length);
      }
    };
  }

  @Override
  public long read(Buffer sink, long byteCount) throws IOException {
    long read;
    try {
      read = delegate.read(sink, byteCount);
    } catch (IOException | RuntimeException e) {
      body.onFailure(e);
      throw e;
    }
    if (read == -1) {
      body.onEnd();
    } else if (read > 0) {
      sink.copyTo(tap, sink.size() - read, read);
    }
    return read;
  }

  @Override
  public Timeout timeout() {
    return delegate.timeout();
  }

  @Override
  public void close() throws IOException {
    body.onClose();
    delegate.close();
  }
}

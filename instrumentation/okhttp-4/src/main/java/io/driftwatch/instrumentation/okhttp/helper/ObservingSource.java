package io.driftwatch.instrumentation.okhttp.helper;

import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;
import java.io.IOException;
import java.io.OutputStream;
import okio.Buffer;
import okio.Source;
import okio.Timeout;

/**
 * Reports each read's bytes to the exchange straight from okio's segments (no copy of its own
 * beyond the bounded capture), and the end, failure or early close of the body.
 */
final class ObservingSource implements Source {

  private final Source delegate;
  private final LlmExchange exchange;
  private final long expectedLength;
  private final OutputStream tap;
  private long bytesRead;

  ObservingSource(Source delegate, LlmExchange exchange, long expectedLength) {
    this.delegate = delegate;
    this.exchange = exchange;
    this.expectedLength = expectedLength;
    this.tap = new OutputStream() {
      @Override
      public void write(int b) {
        exchange.onResponseBytes(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) {
        exchange.onResponseBytes(bytes, offset, length);
      }
    };
  }

  @Override
  public long read(Buffer sink, long byteCount) throws IOException {
    long read;
    try {
      read = delegate.read(sink, byteCount);
    } catch (IOException | RuntimeException e) {
      exchange.fail(e);
      throw e;
    }
    try {
      if (read == -1) {
        exchange.complete();
      } else if (read > 0) {
        bytesRead += read;
        sink.copyTo(tap, sink.size() - read, read);
      }
    } catch (Throwable t) {
      LlmExchanges.reportFailure("okhttp", t);
    }
    return read;
  }

  @Override
  public Timeout timeout() {
    return delegate.timeout();
  }

  @Override
  public void close() throws IOException {
    try {
      if (expectedLength >= 0 && bytesRead >= expectedLength) {
        exchange.complete();
      } else {
        exchange.closeEarly();
      }
    } catch (Throwable ignored) {
      // observation only
    }
    delegate.close();
  }
}

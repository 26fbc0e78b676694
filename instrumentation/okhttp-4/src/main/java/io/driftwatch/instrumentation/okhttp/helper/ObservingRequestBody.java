package io.driftwatch.instrumentation.okhttp.helper;

import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.ObservedRequestBody;
import io.driftwatch.genai.exchange.ObservingOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.Okio;
import okio.Sink;
import okio.Timeout;

/**
 * The application's request body for a body that cannot be copied up front (one-shot, duplex, or
 * of unknown length): what it writes to OkHttp's sink is copied up to the bound on its way through,
 * and handed to the exchange when {@code writeTo} returns (a duplex body: when the application
 * closes the sink). The body is written exactly as often as OkHttp asks, never by us, and every
 * byte the application emits or flushes reaches OkHttp's sink at once.
 */
final class ObservingRequestBody extends RequestBody {

  private static final String CLIENT = "okhttp";

  private final RequestBody delegate;
  private final LlmExchange exchange;

  ObservingRequestBody(RequestBody delegate, LlmExchange exchange) {
    this.delegate = delegate;
    this.exchange = exchange;
  }

  @Override
  public MediaType contentType() {
    return delegate.contentType();
  }

  @Override
  public long contentLength() throws IOException {
    return delegate.contentLength();
  }

  @Override
  public boolean isOneShot() {
    return delegate.isOneShot();
  }

  @Override
  public boolean isDuplex() {
    return delegate.isDuplex();
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    ObservedRequestBody copy = new ObservedRequestBody(exchange, delegate.contentLength(), CLIENT);
    CopyingSink copying = new CopyingSink(sink, copy);
    BufferedSink observed = Okio.buffer(copying);
    try {
      delegate.writeTo(observed);
      if (!copying.closed) {
        observed.emit(); // what the application left in our buffer, as it would have been in OkHttp's
      }
    } catch (IOException | RuntimeException | Error e) {
      copy.onFailure();
      throw e;
    }
    if (!delegate.isDuplex()) {
      copy.onEnd();
    }
  }

  /** Copies each write, then passes it on unchanged. */
  private static final class CopyingSink implements Sink {
    private final BufferedSink delegate;
    private final ObservedRequestBody copy;
    private final OutputStream tap;
    private boolean closed;

    CopyingSink(BufferedSink delegate, ObservedRequestBody copy) {
      this.delegate = delegate;
      this.copy = copy;
      this.tap = new ObservingOutputStream(OutputStream.nullOutputStream(), copy);
    }

    @Override
    public void write(Buffer source, long byteCount) throws IOException {
      if (byteCount > 0) {
        source.copyTo(tap, 0, byteCount);
      }
      delegate.write(source, byteCount);
    }

    @Override
    public void flush() throws IOException {
      delegate.flush();
    }

    @Override
    public Timeout timeout() {
      return delegate.timeout();
    }

    @Override
    public void close() throws IOException {
      closed = true;
      copy.onEnd();
      delegate.close();
    }
  }
}

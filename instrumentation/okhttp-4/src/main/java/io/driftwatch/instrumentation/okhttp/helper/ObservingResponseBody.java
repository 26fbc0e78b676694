package io.driftwatch.instrumentation.okhttp.helper;

import io.driftwatch.genai.exchange.LlmExchange;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.Okio;

/** The application's response body, read through an observing source; nothing is read ahead. */
final class ObservingResponseBody extends ResponseBody {

  private final ResponseBody delegate;
  private final LlmExchange exchange;
  private BufferedSource source;

  ObservingResponseBody(ResponseBody delegate, LlmExchange exchange) {
    this.delegate = delegate;
    this.exchange = exchange;
  }

  @Override
  public MediaType contentType() {
    return delegate.contentType();
  }

  @Override
  public long contentLength() {
    return delegate.contentLength();
  }

  @Override
  public synchronized BufferedSource source() {
    if (source == null) {
      source = Okio.buffer(new ObservingSource(delegate.source(), exchange, delegate.contentLength()));
    }
    return source;
  }
}

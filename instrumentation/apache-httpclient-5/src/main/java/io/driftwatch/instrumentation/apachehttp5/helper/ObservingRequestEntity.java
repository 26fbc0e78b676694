package io.driftwatch.instrumentation.apachehttp5.helper;

import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.ObservedRequestBody;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;

/**
 * The application's request entity, unchanged, for a body that cannot be copied up front (not
 * repeatable, or chunked): each {@code writeTo} copies the bytes up to the bound as the entity
 * writes them to the connection, and hands the copy to the exchange when it returns. The entity is
 * written exactly as often as the client asks, never by us.
 */
final class ObservingRequestEntity extends HttpEntityWrapper {

  private static final String CLIENT = "apache-httpclient-5";

  private final HttpEntity original;
  private final LlmExchange exchange;

  ObservingRequestEntity(HttpEntity original, LlmExchange exchange) {
    super(original);
    this.original = original;
    this.exchange = exchange;
  }

  HttpEntity original() {
    return original;
  }

  @Override
  public void writeTo(OutputStream out) throws IOException {
    ObservedRequestBody.writeObserved(exchange, original.getContentLength(), CLIENT, out, super::writeTo);
  }
}

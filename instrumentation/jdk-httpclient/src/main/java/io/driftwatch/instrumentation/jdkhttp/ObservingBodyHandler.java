package io.driftwatch.instrumentation.jdkhttp;

import io.driftwatch.genai.exchange.LlmExchange;
import java.net.http.HttpResponse;

/** Wraps the application's body handler: records the response head, then observes the body. */
final class ObservingBodyHandler<T> implements HttpResponse.BodyHandler<T> {

  private final HttpResponse.BodyHandler<T> delegate;
  private final LlmExchange exchange;

  ObservingBodyHandler(HttpResponse.BodyHandler<T> delegate, LlmExchange exchange) {
    this.delegate = delegate;
    this.exchange = exchange;
  }

  LlmExchange exchange() {
    return exchange;
  }

  @Override
  public HttpResponse.BodySubscriber<T> apply(HttpResponse.ResponseInfo info) {
    try {
      exchange.onResponseHead(info.statusCode(), name -> info.headers().firstValue(name).orElse(null),
          info.headers().firstValueAsLong("content-length").orElse(-1L));
    } catch (Throwable ignored) {
      // observation only; the application's handler runs regardless
    }
    return new ObservingBodySubscriber<>(delegate.apply(info), exchange);
  }
}

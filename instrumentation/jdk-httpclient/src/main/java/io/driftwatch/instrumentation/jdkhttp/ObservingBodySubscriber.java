package io.driftwatch.instrumentation.jdkhttp;

import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Sees each body buffer before the application's subscriber does, copying from a duplicate so
 * positions are untouched, and passes the same list on unchanged.
 */
final class ObservingBodySubscriber<T> implements HttpResponse.BodySubscriber<T> {

  private final HttpResponse.BodySubscriber<T> delegate;
  private final LlmExchange exchange;

  ObservingBodySubscriber(HttpResponse.BodySubscriber<T> delegate, LlmExchange exchange) {
    this.delegate = delegate;
    this.exchange = exchange;
  }

  @Override
  public CompletionStage<T> getBody() {
    return delegate.getBody();
  }

  /** The application cancelling (closing a stream's InputStream, say) is how an early close shows. */
  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    delegate.onSubscribe(new Flow.Subscription() {
      @Override
      public void request(long n) {
        subscription.request(n);
      }

      @Override
      public void cancel() {
        try {
          exchange.closeEarly();
        } catch (Throwable t) {
          LlmExchanges.reportFailure("jdk-httpclient", t);
        }
        subscription.cancel();
      }
    });
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    try {
      for (ByteBuffer item : items) {
        exchange.onResponseBytes(item);
      }
    } catch (Throwable t) {
      LlmExchanges.reportFailure("jdk-httpclient", t);
    }
    delegate.onNext(items);
  }

  @Override
  public void onError(Throwable throwable) {
    try {
      exchange.fail(throwable);
    } catch (Throwable ignored) {
      // observation only
    }
    delegate.onError(throwable);
  }

  @Override
  public void onComplete() {
    try {
      exchange.complete();
    } catch (Throwable ignored) {
      // observation only
    }
    delegate.onComplete();
  }
}

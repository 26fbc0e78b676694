package io.driftwatch.instrumentation.jdkhttp;

import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.Flow;

/**
 * The application's request body publisher, unchanged, with a bounded copy taken of each buffer as
 * the client sends it. For bodies that cannot be read up front without side effects: streams,
 * input-stream suppliers, and the publishers Spring's JDK request factory builds. The buffers are
 * neither held nor moved; a body over the bound is simply not copied.
 */
final class ObservingBodyPublisher implements HttpRequest.BodyPublisher {

  private final HttpRequest.BodyPublisher delegate;
  private final LlmExchange exchange;
  private final int limit;

  private ObservingBodyPublisher(HttpRequest.BodyPublisher delegate, LlmExchange exchange, int limit) {
    this.delegate = delegate;
    this.exchange = exchange;
    this.limit = limit;
  }

  /**
   * The request rebuilt around an observing publisher, or null when there is nothing to observe:
   * the body was copied up front, is absent, is already observed, or is declared over the bound.
   */
  static HttpRequest requestObserving(HttpRequest request, LlmExchange exchange) {
    Optional<HttpRequest.BodyPublisher> publisher = request.bodyPublisher();
    if (exchange.requestBody() != null || publisher.isEmpty()
        || publisher.get() instanceof ObservingBodyPublisher) {
      return null;
    }
    int limit = LlmExchanges.maxCapturedBodyBytes();
    long length = publisher.get().contentLength();
    if (length == 0 || length > limit) {
      return null;
    }
    ObservingBodyPublisher observing = new ObservingBodyPublisher(publisher.get(), exchange, limit);
    // Copies URI, method, headers, timeout, version and expect-continue; only the publisher changes.
    return HttpRequest.newBuilder(request, (name, value) -> true)
        .method(request.method(), observing)
        .build();
  }

  @Override
  public long contentLength() {
    return delegate.contentLength();
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
    delegate.subscribe(new CopyingSubscriber(subscriber));
  }

  /** One per subscription: a redirect or retry re-subscribes and starts a fresh copy. */
  private final class CopyingSubscriber implements Flow.Subscriber<ByteBuffer> {
    private final Flow.Subscriber<? super ByteBuffer> downstream;
    private ByteArrayOutputStream copy = new ByteArrayOutputStream();

    CopyingSubscriber(Flow.Subscriber<? super ByteBuffer> downstream) {
      this.downstream = downstream;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      downstream.onSubscribe(subscription);
    }

    @Override
    public void onNext(ByteBuffer item) {
      copyOf(item);
      downstream.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
      copy = null;
      downstream.onError(throwable);
    }

    @Override
    public void onComplete() {
      try {
        if (copy != null) {
          exchange.onRequestBodySent(copy.toByteArray());
          copy = null;
        }
      } catch (RuntimeException e) {
        LlmExchanges.reportFailure("jdk-httpclient", e);
      }
      downstream.onComplete();
    }

    private void copyOf(ByteBuffer item) {
      try {
        if (copy == null || item == null) {
          return;
        }
        int length = item.remaining();
        if (copy.size() + length > limit) {
          copy = null;
          return;
        }
        if (item.hasArray()) {
          copy.write(item.array(), item.arrayOffset() + item.position(), length);
        } else {
          byte[] bytes = new byte[length];
          item.duplicate().get(bytes);
          copy.write(bytes, 0, length);
        }
      } catch (RuntimeException e) {
        copy = null;
        LlmExchanges.reportFailure("jdk-httpclient", e);
      }
    }
  }
}

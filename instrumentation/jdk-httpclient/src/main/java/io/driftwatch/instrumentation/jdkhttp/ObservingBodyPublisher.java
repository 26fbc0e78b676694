package io.driftwatch.instrumentation.jdkhttp;

import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.ObservedRequestBody;
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

  private static final String CLIENT = "jdk-httpclient";

  private final HttpRequest.BodyPublisher delegate;
  private final LlmExchange exchange;

  private ObservingBodyPublisher(HttpRequest.BodyPublisher delegate, LlmExchange exchange) {
    this.delegate = delegate;
    this.exchange = exchange;
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
    if (!ObservedRequestBody.fitsTheBound(publisher.get().contentLength())) {
      return null;
    }
    ObservingBodyPublisher observing = new ObservingBodyPublisher(publisher.get(), exchange);
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
    private final ObservedRequestBody copy = new ObservedRequestBody(exchange, delegate.contentLength(), CLIENT);

    CopyingSubscriber(Flow.Subscriber<? super ByteBuffer> downstream) {
      this.downstream = downstream;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      downstream.onSubscribe(subscription);
    }

    @Override
    public void onNext(ByteBuffer item) {
      copy.onBytes(item);
      downstream.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
      copy.onFailure();
      downstream.onError(throwable);
    }

    @Override
    public void onComplete() {
      copy.onEnd();
      downstream.onComplete();
    }
  }
}

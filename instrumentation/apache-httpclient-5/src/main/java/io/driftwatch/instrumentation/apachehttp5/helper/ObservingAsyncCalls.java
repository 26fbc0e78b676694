package io.driftwatch.instrumentation.apachehttp5.helper;

import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.instrumentation.apachehttp5.AsyncCallObserver;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;

/**
 * Defined next to the application's HttpClient 5 (see HelperLoaders). Every async call gets an
 * observing producer and consumer; whether it is an LLM call is only known once the producer sends
 * the request head, and until then (and for every other call) they just delegate.
 */
public final class ObservingAsyncCalls implements AsyncCallObserver {

  @Override
  public Object[] wrap(Object target, Object producer, Object consumer) {
    AsyncCallState state = new AsyncCallState(LlmExchanges.maxCapturedBodyBytes());
    return new Object[] {
      new ObservingRequestProducer((AsyncRequestProducer) producer, (HttpHost) target, state),
      new ObservingResponseConsumer<>((AsyncResponseConsumer<?>) consumer, state)
    };
  }
}

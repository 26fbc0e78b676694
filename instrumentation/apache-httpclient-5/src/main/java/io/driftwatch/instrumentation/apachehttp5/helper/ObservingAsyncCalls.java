package io.driftwatch.instrumentation.apachehttp5.helper;

import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.exchange.OutboundRequest;
import io.driftwatch.instrumentation.apachehttp5.AsyncCallObserver;
import io.driftwatch.tooling.ReusableHeaderLookup;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpMessage;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.net.URIAuthority;

/**
 * Defined next to the application's HttpClient 5 (see HelperLoaders). Reads where an async request
 * goes from its head, as the client will (the target host when given, else the request's
 * authority); only an LLM call gets a state, an observing producer and an observing consumer.
 * Deciding that a call is not one allocates nothing.
 */
public final class ObservingAsyncCalls implements AsyncCallObserver, ReusableHeaderLookup.Reader {

  @Override
  public Object start(Object targetObject, Object requestObject, Object entityObject) {
    HttpRequest request = (HttpRequest) requestObject;
    HttpHost target = (HttpHost) targetObject;
    URIAuthority authority = request.getAuthority();
    String host = target != null ? target.getHostName() : authority != null ? authority.getHostName() : null;
    String path = request.getPath();
    if (host == null || path == null) {
      return null;
    }
    int port = MessageHeaders.portOf(target != null ? target.getPort() : authority != null ? authority.getPort() : -1,
        target != null ? target.getSchemeName() : request.getScheme());
    int query = path.indexOf('?');
    String pathOnly = query < 0 ? path : path.substring(0, query);
    ReusableHeaderLookup detecting = ReusableHeaderLookup.over(this, request);
    LlmEndpoint endpoint;
    try {
      endpoint = LlmExchanges.detect(host, port, pathOnly, detecting);
    } finally {
      detecting.clear();
    }
    if (endpoint == null) {
      return null;
    }
    EntityDetails entity = (EntityDetails) entityObject;
    long length = entity == null ? 0 : entity.getContentLength();
    AsyncCallState state = new AsyncCallState(length);
    state.started(LlmExchanges.start(endpoint, new OutboundRequest(host, port, MessageHeaders.of(request), null, length)));
    return state.exchange() == null ? null : state;
  }

  @Override
  public Object observeProducer(Object state, Object producer) {
    return new ObservingRequestProducer((AsyncRequestProducer) producer, (AsyncCallState) state);
  }

  @Override
  public Object observeConsumer(Object state, Object consumer) {
    return new ObservingResponseConsumer<>((AsyncResponseConsumer<?>) consumer, (AsyncCallState) state);
  }

  @Override
  public void failed(Object state, Throwable error) {
    ((AsyncCallState) state).exchange().fail(error);
  }

  @Override
  public String first(Object message, String name) {
    return MessageHeaders.first((HttpMessage) message, name);
  }
}

package io.driftwatch.instrumentation.apachehttp5.helper;

import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.exchange.ObservedRequestBody;
import io.driftwatch.genai.exchange.ObservedResponseBody;
import io.driftwatch.genai.exchange.OutboundRequest;
import io.driftwatch.tooling.ClassicCallObserver;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;

/**
 * Defined next to the application's HttpClient 5 (see HelperLoaders). Reads where a request goes
 * as {@code doExecute} will (the target host when given, else the request's own URI), observes a
 * request body it cannot copy up front as the client writes it, and puts an
 * observing wrapper around the response entity; every other request is left alone.
 */
public final class ObservingClassicCalls implements ClassicCallObserver {

  private static final String CLIENT = "apache-httpclient-5";

  @Override
  public LlmExchange start(Object targetObject, Object requestObject) {
    ClassicHttpRequest request = (ClassicHttpRequest) requestObject;
    HttpHost target = (HttpHost) targetObject;
    URI uri;
    try {
      uri = request.getUri();
    } catch (URISyntaxException e) {
      return null;
    }
    String host = target != null ? target.getHostName() : uri.getHost();
    if (host == null) {
      return null;
    }
    int port = MessageHeaders.portOf(target != null ? target.getPort() : uri.getPort(),
        target != null ? target.getSchemeName() : uri.getScheme());
    HeaderLookup headers = MessageHeaders.of(request);
    LlmEndpoint endpoint = LlmExchanges.detect(host, port, uri.getRawPath(), headers);
    if (endpoint == null) {
      return null;
    }
    HttpEntity entity = unobserved(request.getEntity());
    byte[] body = RequestBodyCopy.of(entity, LlmExchanges.maxCapturedBodyBytes());
    long bodyLength = entity == null ? -1 : entity.getContentLength();
    LlmExchange exchange = LlmExchanges.start(endpoint, new OutboundRequest(host, port, headers, body, bodyLength));
    if (exchange != null && body == null && entity != null && ObservedRequestBody.fitsTheBound(bodyLength)) {
      request.setEntity(new ObservingRequestEntity(entity, exchange));
    }
    return exchange;
  }

  /** Gives the application's request its own entity back once {@code doExecute} is done with it. */
  @Override
  public void finished(Object requestObject) {
    if (requestObject instanceof ClassicHttpRequest request
        && request.getEntity() instanceof ObservingRequestEntity observing) {
      request.setEntity(observing.original());
    }
  }

  private static HttpEntity unobserved(HttpEntity entity) {
    return entity instanceof ObservingRequestEntity observing ? observing.original() : entity;
  }

  @Override
  public Object observe(Object responseObject, LlmExchange exchange) {
    CloseableHttpResponse response = (CloseableHttpResponse) responseObject;
    if (response == null) {
      exchange.complete();
      return null;
    }
    HttpEntity entity = response.getEntity();
    long length = entity == null ? -1 : entity.getContentLength();
    exchange.onResponseHead(response.getCode(), MessageHeaders.of(response), length);
    if (entity == null) {
      exchange.complete();
      return response;
    }
    // The response is final and closes its entity on close(): replacing the entity is enough.
    response.setEntity(new ObservingEntity(entity, new ObservedResponseBody(exchange, length, CLIENT)));
    return response;
  }
}

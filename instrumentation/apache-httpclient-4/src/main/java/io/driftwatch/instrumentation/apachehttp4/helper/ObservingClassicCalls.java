package io.driftwatch.instrumentation.apachehttp4.helper;

import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.exchange.ObservedRequestBody;
import io.driftwatch.genai.exchange.ObservedResponseBody;
import io.driftwatch.genai.exchange.OutboundRequest;
import io.driftwatch.tooling.ClassicCallObserver;
import java.net.URI;
import org.apache.http.Header;
import org.apache.http.HttpEntity;
import org.apache.http.HttpEntityEnclosingRequest;
import org.apache.http.HttpHost;
import org.apache.http.HttpMessage;
import org.apache.http.HttpRequest;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpUriRequest;

/**
 * Defined next to the application's HttpClient 4 (see HelperLoaders). Reads where a request goes
 * as {@code doExecute} will (the target host when given, else the request's own URI), observes a
 * request body it cannot copy up front as the client writes it, and hands
 * the application a response whose entity and close are observed; every other request is left alone.
 */
public final class ObservingClassicCalls implements ClassicCallObserver {

  private static final String CLIENT = "apache-httpclient-4";

  @Override
  public LlmExchange start(Object targetObject, Object requestObject) {
    HttpRequest request = (HttpRequest) requestObject;
    HttpHost target = (HttpHost) targetObject;
    URI uri = request instanceof HttpUriRequest
        ? ((HttpUriRequest) request).getURI()
        : URI.create(request.getRequestLine().getUri());
    String host = target != null ? target.getHostName() : uri.getHost();
    if (host == null) {
      return null;
    }
    int port = portOf(target != null ? target.getPort() : uri.getPort(),
        target != null ? target.getSchemeName() : uri.getScheme());
    HeaderLookup headers = headersOf(request);
    LlmEndpoint endpoint = LlmExchanges.detect(host, port, uri.getRawPath(), headers);
    if (endpoint == null) {
      return null;
    }
    HttpEntityEnclosingRequest enclosing = request instanceof HttpEntityEnclosingRequest
        ? (HttpEntityEnclosingRequest) request
        : null;
    HttpEntity entity = enclosing == null ? null : unobserved(enclosing.getEntity());
    byte[] body = RequestBodyCopy.of(entity, LlmExchanges.maxCapturedBodyBytes());
    long bodyLength = entity == null ? -1 : entity.getContentLength();
    LlmExchange exchange = LlmExchanges.start(endpoint, new OutboundRequest(host, port, headers, body, bodyLength));
    if (exchange != null && body == null && entity != null && ObservedRequestBody.fitsTheBound(bodyLength)) {
      enclosing.setEntity(new ObservingRequestEntity(entity, exchange));
    }
    return exchange;
  }

  /** Gives the application's request its own entity back once {@code doExecute} is done with it. */
  @Override
  public void finished(Object requestObject) {
    if (requestObject instanceof HttpEntityEnclosingRequest enclosing
        && enclosing.getEntity() instanceof ObservingRequestEntity observing) {
      enclosing.setEntity(observing.original());
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
    exchange.onResponseHead(response.getStatusLine().getStatusCode(), headersOf(response), length);
    if (entity == null) {
      exchange.complete();
      return response;
    }
    ObservedResponseBody body = new ObservedResponseBody(exchange, length, CLIENT);
    response.setEntity(new ObservingEntity(entity, body));
    // HttpClient 4 releases the connection on response.close() without closing the entity.
    return new ObservingResponse(response, body);
  }

  private static HeaderLookup headersOf(HttpMessage message) {
    return name -> {
      Header header = message.getFirstHeader(name);
      return header == null ? null : header.getValue();
    };
  }

  private static int portOf(int port, String scheme) {
    if (port > 0) {
      return port;
    }
    return "http".equalsIgnoreCase(scheme) ? 80 : 443;
  }
}

package io.driftwatch.instrumentation.jdkhttp;

import io.driftwatch.bootstrap.Hook;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.exchange.OutboundRequest;
import io.driftwatch.genai.util.FaultInjection;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The hook on the jdk-httpclient bridge: adapts JDK request/response types to the core. Operations:
 * {@link #SEND} (body handler, request) answers an observing body handler, or null for a call we
 * ignore; {@link #REQUEST} (request, handler) the request to send in place of the application's
 * (its body observed as it goes out), or null; {@link #SEND_FAILED} (handler, error); {@link
 * #SEND_ASYNC} (handler, response future) watches for failures that never reach the handler.
 */
final class JdkHttpClientHooks implements Hook {

  static final int SEND = 0;
  static final int REQUEST = 1;
  static final int SEND_FAILED = 2;
  static final int SEND_ASYNC = 3;

  @Override
  public Object call(int operation, Object a, Object b, Object c) {
    switch (operation) {
      case SEND:
        return b instanceof HttpRequest ? onSend(b, a) : null;
      case REQUEST:
        return b != null ? onRequest(a, b) : null;
      case SEND_FAILED:
        if (b instanceof Throwable error) {
          onSendFailed(a, error);
        }
        return null;
      case SEND_ASYNC:
        onSendAsync(a, b);
        return null;
      default:
        return null;
    }
  }

  @SuppressWarnings("unchecked")
  private Object onSend(Object requestObject, Object bodyHandler) {
    if (bodyHandler instanceof ObservingBodyHandler) {
      return null; // send() reached sendAsync(): already observed
    }
    try {
      return observe((HttpRequest) requestObject, (HttpResponse.BodyHandler<Object>) bodyHandler);
    } catch (RuntimeException | LinkageError e) {
      LlmExchanges.reportFailure("jdk-httpclient", e);
      return null;
    }
  }

  private static Object observe(HttpRequest request, HttpResponse.BodyHandler<Object> bodyHandler) {
    FaultInjection.at(FaultInjection.JDK_HTTPCLIENT);
    URI uri = request.uri();
    int port = portOf(uri);
    HeaderLookup headers = name -> request.headers().firstValue(name).orElse(null);
    LlmEndpoint endpoint = LlmExchanges.detect(uri.getHost(), port, uri.getRawPath(), headers);
    if (endpoint == null) {
      return null;
    }
    byte[] body = RequestBodyCopy.of(request, LlmExchanges.maxCapturedBodyBytes());
    long bodyLength = request.bodyPublisher().map(HttpRequest.BodyPublisher::contentLength).orElse(-1L);
    LlmExchange exchange =
        LlmExchanges.start(endpoint, new OutboundRequest(uri.getHost(), port, headers, body, bodyLength));
    return exchange == null ? null : new ObservingBodyHandler<>(bodyHandler, exchange);
  }

  private Object onRequest(Object requestObject, Object bodyHandler) {
    if (!(bodyHandler instanceof ObservingBodyHandler)) {
      return null;
    }
    try {
      return ObservingBodyPublisher.requestObserving(
          (HttpRequest) requestObject, ((ObservingBodyHandler<?>) bodyHandler).exchange());
    } catch (RuntimeException | LinkageError e) {
      LlmExchanges.reportFailure("jdk-httpclient", e);
      return null;
    }
  }

  private void onSendFailed(Object bodyHandler, Throwable error) {
    if (bodyHandler instanceof ObservingBodyHandler) {
      ((ObservingBodyHandler<?>) bodyHandler).exchange().fail(unwrap(error));
    }
  }

  private void onSendAsync(Object bodyHandler, Object responseFuture) {
    if (bodyHandler instanceof ObservingBodyHandler && responseFuture instanceof CompletableFuture) {
      LlmExchange exchange = ((ObservingBodyHandler<?>) bodyHandler).exchange();
      ((CompletableFuture<?>) responseFuture).whenComplete((response, error) -> {
        if (error != null) {
          exchange.fail(unwrap(error));
        }
      });
    }
  }

  private static int portOf(URI uri) {
    if (uri.getPort() > 0) {
      return uri.getPort();
    }
    return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
  }

  private static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}

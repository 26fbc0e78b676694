package io.driftwatch.instrumentation.okhttp.helper;

import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.exchange.ObservedRequestBody;
import io.driftwatch.genai.exchange.OutboundRequest;
import io.driftwatch.genai.util.FaultInjection;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Defined next to the application's OkHttp (see HelperLoaders). For LLM calls it starts an
 * exchange, observes a request body it could not copy up front as OkHttp writes it, and hands the
 * application a response whose body reports bytes as they are read; every other request passes
 * through untouched.
 */
public final class ObservingInterceptor implements Interceptor {

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    LlmExchange exchange = startOrNull(request);
    if (exchange == null) {
      return chain.proceed(request);
    }
    Response response;
    try {
      response = chain.proceed(observingBody(request, exchange));
    } catch (IOException | RuntimeException | Error e) {
      exchange.fail(e);
      throw e;
    }
    return observed(response, exchange);
  }

  private static LlmExchange startOrNull(Request request) {
    try {
      FaultInjection.at(FaultInjection.OKHTTP);
      HttpUrl url = request.url();
      LlmEndpoint endpoint = LlmExchanges.detect(url.host(), url.port(), url.encodedPath(), request::header);
      if (endpoint == null) {
        return null;
      }
      byte[] body = RequestBodyCopy.of(request.body(), LlmExchanges.maxCapturedBodyBytes());
      long bodyLength = request.body() == null ? -1 : request.body().contentLength();
      return LlmExchanges.start(endpoint, new OutboundRequest(url.host(), url.port(), request::header, body, bodyLength));
    } catch (Throwable t) {
      LlmExchanges.reportFailure("okhttp", t);
      return null;
    }
  }

  /** The request with its body observed as it is written, when it could not be copied up front. */
  private static Request observingBody(Request request, LlmExchange exchange) {
    try {
      RequestBody body = request.body();
      if (body == null || exchange.requestBody() != null || !ObservedRequestBody.fitsTheBound(body.contentLength())) {
        return request;
      }
      return request.newBuilder().method(request.method(), new ObservingRequestBody(body, exchange)).build();
    } catch (Throwable t) {
      LlmExchanges.reportFailure("okhttp", t);
      return request;
    }
  }

  private static Response observed(Response response, LlmExchange exchange) {
    try {
      ResponseBody body = response.body();
      exchange.onResponseHead(response.code(), response::header, body == null ? -1 : body.contentLength());
      if (body == null) {
        exchange.complete();
        return response;
      }
      return response.newBuilder().body(new ObservingResponseBody(body, exchange)).build();
    } catch (Throwable t) {
      LlmExchanges.reportFailure("okhttp", t);
      exchange.fail(t);
      return response;
    }
  }
}

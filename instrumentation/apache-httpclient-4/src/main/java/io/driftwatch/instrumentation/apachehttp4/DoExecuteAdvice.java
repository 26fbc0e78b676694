package io.driftwatch.instrumentation.apachehttp4;

import io.driftwatch.bootstrap.ClassicCallBridge;
import net.bytebuddy.asm.Advice;
import org.apache.http.HttpHost;
import org.apache.http.HttpRequest;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.impl.client.CloseableHttpClient;

/** Inlined into {@code doExecute(HttpHost, HttpRequest, HttpContext)}: hands over to the bridge. */
public final class DoExecuteAdvice {

  private DoExecuteAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object enter(@Advice.Argument(0) HttpHost target, @Advice.Argument(1) HttpRequest request) {
    return ClassicCallBridge.APACHE_HTTPCLIENT_4.onRequest(CloseableHttpClient.class, target, request);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(
      @Advice.Enter Object call,
      @Advice.Return(readOnly = false) CloseableHttpResponse response,
      @Advice.Thrown Throwable thrown) {
    if (call == null) {
      return;
    }
    if (thrown != null) {
      ClassicCallBridge.APACHE_HTTPCLIENT_4.onFailure(call, thrown);
    } else {
      response = (CloseableHttpResponse) ClassicCallBridge.APACHE_HTTPCLIENT_4.onResponse(call, response);
    }
  }
}

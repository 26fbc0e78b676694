package io.driftwatch.instrumentation.apachehttp4;

import io.driftwatch.bootstrap.Bridge;
import io.driftwatch.tooling.ClassicCallHooks;
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
    return Bridge.named(ApacheHttpClient4Instrumentation.CLIENT).call(ClassicCallHooks.REQUEST, CloseableHttpClient.class, target, request);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(
      @Advice.Enter Object call,
      @Advice.Argument(1) HttpRequest request,
      @Advice.Return(readOnly = false) CloseableHttpResponse response,
      @Advice.Thrown Throwable thrown) {
    if (call == null) {
      return;
    }
    if (thrown != null) {
      Bridge.named(ApacheHttpClient4Instrumentation.CLIENT).call(ClassicCallHooks.FAILURE, call, thrown, request);
    } else {
      Object observed = Bridge.named(ApacheHttpClient4Instrumentation.CLIENT).call(ClassicCallHooks.RESPONSE, call, response, request);
      if (observed != null) {
        response = (CloseableHttpResponse) observed;
      }
    }
  }
}

package io.driftwatch.instrumentation.apachehttp5;

import io.driftwatch.bootstrap.Bridge;
import io.driftwatch.tooling.ClassicCallHooks;
import net.bytebuddy.asm.Advice;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpHost;

/** Inlined into {@code doExecute(HttpHost, ClassicHttpRequest, HttpContext)}: hands over to the bridge. */
public final class DoExecuteAdvice {

  private DoExecuteAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object enter(@Advice.Argument(0) HttpHost target, @Advice.Argument(1) ClassicHttpRequest request) {
    return Bridge.named(ApacheHttpClient5Instrumentation.CLIENT).call(ClassicCallHooks.REQUEST, CloseableHttpClient.class, target, request);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(
      @Advice.Enter Object call,
      @Advice.Argument(1) ClassicHttpRequest request,
      @Advice.Return(readOnly = false) CloseableHttpResponse response,
      @Advice.Thrown Throwable thrown) {
    if (call == null) {
      return;
    }
    if (thrown != null) {
      Bridge.named(ApacheHttpClient5Instrumentation.CLIENT).call(ClassicCallHooks.FAILURE, call, thrown, request);
    } else {
      Object observed = Bridge.named(ApacheHttpClient5Instrumentation.CLIENT).call(ClassicCallHooks.RESPONSE, call, response, request);
      if (observed != null) {
        response = (CloseableHttpResponse) observed;
      }
    }
  }
}

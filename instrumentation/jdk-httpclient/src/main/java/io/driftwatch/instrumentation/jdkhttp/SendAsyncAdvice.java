package io.driftwatch.instrumentation.jdkhttp;

import io.driftwatch.bootstrap.Bridge;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import net.bytebuddy.asm.Advice;

/** Inlined into {@code HttpClientImpl.sendAsync}: swaps in an observing handler, watches the future. */
public final class SendAsyncAdvice {

  private SendAsyncAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static void enter(
      @Advice.Argument(value = 0, readOnly = false) HttpRequest request,
      @Advice.Argument(value = 1, readOnly = false) HttpResponse.BodyHandler<?> handler) {
    Bridge bridge = Bridge.named(JdkHttpClientInstrumentation.NAME);
    handler = (HttpResponse.BodyHandler<?>) bridge.replace(JdkHttpClientHooks.SEND, handler, request, null);
    request = (HttpRequest) bridge.replace(JdkHttpClientHooks.REQUEST, request, handler, null);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(
      @Advice.Argument(1) HttpResponse.BodyHandler<?> handler,
      @Advice.Return CompletableFuture<?> future,
      @Advice.Thrown Throwable thrown) {
    if (thrown != null) {
      Bridge.named(JdkHttpClientInstrumentation.NAME).call(JdkHttpClientHooks.SEND_FAILED, handler, thrown, null);
    } else {
      Bridge.named(JdkHttpClientInstrumentation.NAME).call(JdkHttpClientHooks.SEND_ASYNC, handler, future, null);
    }
  }
}

package io.driftwatch.instrumentation.jdkhttp;

import io.driftwatch.bootstrap.JdkHttpClientBridge;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import net.bytebuddy.asm.Advice;

/** Inlined into {@code HttpClientImpl.send}: swaps in an observing body handler. */
public final class SendAdvice {

  private SendAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static void enter(
      @Advice.Argument(0) HttpRequest request,
      @Advice.Argument(value = 1, readOnly = false) HttpResponse.BodyHandler<?> handler) {
    handler = (HttpResponse.BodyHandler<?>) JdkHttpClientBridge.onSend(request, handler);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Argument(1) HttpResponse.BodyHandler<?> handler, @Advice.Thrown Throwable thrown) {
    if (thrown != null) {
      JdkHttpClientBridge.onSendFailed(handler, thrown);
    }
  }
}

package io.driftwatch.instrumentation.jdkhttp;

import io.driftwatch.bootstrap.JdkHttpClientBridge;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import net.bytebuddy.asm.Advice;

/** Inlined into {@code HttpClientImpl.send}: swaps in an observing body handler, and
 * an observed request body when it could not be copied up front. */
public final class SendAdvice {

  private SendAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static void enter(
      @Advice.Argument(value = 0, readOnly = false) HttpRequest request,
      @Advice.Argument(value = 1, readOnly = false) HttpResponse.BodyHandler<?> handler) {
    handler = (HttpResponse.BodyHandler<?>) JdkHttpClientBridge.onSend(request, handler);
    request = (HttpRequest) JdkHttpClientBridge.requestToSend(request, handler);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Argument(1) HttpResponse.BodyHandler<?> handler, @Advice.Thrown Throwable thrown) {
    if (thrown != null) {
      JdkHttpClientBridge.onSendFailed(handler, thrown);
    }
  }
}

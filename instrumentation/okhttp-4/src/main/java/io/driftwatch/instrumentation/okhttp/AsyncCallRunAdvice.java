package io.driftwatch.instrumentation.okhttp;

import io.driftwatch.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;
import okhttp3.Callback;

/**
 * Inlined into the dispatcher task of an enqueued call ({@code AsyncCall.run}, or {@code execute}
 * in OkHttp 3): while it runs, the caller's context its callback carries is the one calls started
 * on this thread read.
 */
public final class AsyncCallRunAdvice {

  private AsyncCallRunAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object enter(@Advice.FieldValue("responseCallback") Object callback) {
    return Bridge.named(OkHttpInstrumentation.NAME).call(OkHttpHooks.RESUME_CALLER_CONTEXT, callback, Callback.class, null);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter Object resumed) {
    if (resumed != null) {
      Bridge.named(OkHttpInstrumentation.NAME).call(OkHttpHooks.RESTORE_CALLER_CONTEXT, resumed, null, null);
    }
  }
}

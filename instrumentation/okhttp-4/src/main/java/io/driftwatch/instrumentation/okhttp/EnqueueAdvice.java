package io.driftwatch.instrumentation.okhttp;

import io.driftwatch.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;
import okhttp3.Callback;

/**
 * Inlined at the start of {@code RealCall.enqueue(Callback)}, on the application's thread: when it
 * has MDC values or flags set, its callback is swapped for one that carries them.
 */
public final class EnqueueAdvice {

  private EnqueueAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static void enter(@Advice.Argument(value = 0, readOnly = false) Callback callback) {
    callback = (Callback) Bridge.named(OkHttpInstrumentation.NAME)
        .replace(OkHttpHooks.CARRY_CALLER_CONTEXT, callback, Callback.class, null);
  }
}

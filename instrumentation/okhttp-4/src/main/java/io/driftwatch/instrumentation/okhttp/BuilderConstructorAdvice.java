package io.driftwatch.instrumentation.okhttp;

import io.driftwatch.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;
import okhttp3.OkHttpClient;

/** Inlined at the end of every {@code OkHttpClient.Builder} constructor. */
public final class BuilderConstructorAdvice {

  private BuilderConstructorAdvice() {}

  @Advice.OnMethodExit(suppress = Throwable.class)
  public static void exit(@Advice.This OkHttpClient.Builder builder) {
    Bridge.named(OkHttpInstrumentation.NAME)
        .call(OkHttpHooks.INSTALL_INTERCEPTOR, builder.interceptors(), OkHttpClient.class, null);
  }
}

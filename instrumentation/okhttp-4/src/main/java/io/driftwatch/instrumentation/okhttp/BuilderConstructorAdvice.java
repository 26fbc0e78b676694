package io.driftwatch.instrumentation.okhttp;

import io.driftwatch.bootstrap.OkHttpBridge;
import java.util.List;
import net.bytebuddy.asm.Advice;
import okhttp3.OkHttpClient;

/** Inlined at the end of every {@code OkHttpClient.Builder} constructor. */
public final class BuilderConstructorAdvice {

  private BuilderConstructorAdvice() {}

  @Advice.OnMethodExit(suppress = Throwable.class)
  @SuppressWarnings("unchecked")
  public static void exit(@Advice.This OkHttpClient.Builder builder) {
    OkHttpBridge.installInterceptor((List<Object>) (List<?>) builder.interceptors(), OkHttpClient.class.getClassLoader());
  }
}

package io.driftwatch.instrumentation.openfeature;

import dev.openfeature.sdk.Hook;
import dev.openfeature.sdk.OpenFeatureAPI;
import io.driftwatch.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/** Inlined at the end of the OpenFeatureAPI constructor. */
public final class ApiConstructorAdvice {

  private ApiConstructorAdvice() {}

  @Advice.OnMethodExit(suppress = Throwable.class)
  public static void exit(@Advice.This OpenFeatureAPI api) {
    Object hook = Bridge.named(OpenFeatureInstrumentation.NAME)
        .call(OpenFeatureInstrumentation.HOOK_FOR, OpenFeatureAPI.class, null, null);
    if (hook != null) {
      api.addHooks((Hook<?>) hook);
    }
  }
}

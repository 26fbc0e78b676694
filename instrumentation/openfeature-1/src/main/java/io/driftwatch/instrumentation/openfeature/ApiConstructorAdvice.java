package io.driftwatch.instrumentation.openfeature;

import dev.openfeature.sdk.Hook;
import dev.openfeature.sdk.OpenFeatureAPI;
import io.driftwatch.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/** Inlined at the end of every OpenFeatureAPI constructor. */
public final class ApiConstructorAdvice {

  private ApiConstructorAdvice() {}

  @Advice.OnMethodExit(suppress = Throwable.class)
  public static void exit(@Advice.This OpenFeatureAPI api) {
    Object hook = Bridge.named(OpenFeatureInstrumentation.NAME)
        .call(OpenFeatureInstrumentation.HOOK_FOR, OpenFeatureAPI.class, null, null);
    // A constructor that delegates to another runs this twice: add the hook once.
    if (hook != null && !api.getHooks().contains(hook)) {
      api.addHooks((Hook<?>) hook);
    }
  }
}

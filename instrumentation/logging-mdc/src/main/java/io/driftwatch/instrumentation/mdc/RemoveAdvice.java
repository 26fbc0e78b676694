package io.driftwatch.instrumentation.mdc;

import io.driftwatch.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/** Inlined at the end of MDC.remove / ThreadContext.remove. */
public final class RemoveAdvice {

  private RemoveAdvice() {}

  @Advice.OnMethodExit(suppress = Throwable.class)
  public static void exit(@Advice.Argument(0) String key) {
    Bridge.named(LoggingMdcInstrumentation.NAME).call(MdcHooks.REMOVE, key, null, null);
  }
}

package io.driftwatch.instrumentation.mdc;

import io.driftwatch.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/** Inlined at the end of MDC.clear / ThreadContext.clearMap and clearAll. */
public final class ClearAdvice {

  private ClearAdvice() {}

  @Advice.OnMethodExit(suppress = Throwable.class)
  public static void exit() {
    Bridge.named(LoggingMdcInstrumentation.NAME).call(MdcHooks.CLEAR, null, null, null);
  }
}

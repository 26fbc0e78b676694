package io.driftwatch.instrumentation.mdc;

import io.driftwatch.bootstrap.MdcBridge;
import net.bytebuddy.asm.Advice;

/** Inlined at the end of MDC.clear / ThreadContext.clearMap and clearAll. */
public final class ClearAdvice {

  private ClearAdvice() {}

  @Advice.OnMethodExit(suppress = Throwable.class)
  public static void exit() {
    MdcBridge.clear();
  }
}

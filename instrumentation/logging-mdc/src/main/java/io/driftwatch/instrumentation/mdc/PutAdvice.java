package io.driftwatch.instrumentation.mdc;

import io.driftwatch.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/** Inlined at the end of MDC.put / ThreadContext.put. */
public final class PutAdvice {

  private PutAdvice() {}

  @Advice.OnMethodExit(suppress = Throwable.class)
  public static void exit(@Advice.Argument(0) String key, @Advice.Argument(1) String value) {
    Bridge.named(LoggingMdcInstrumentation.NAME).call(MdcHooks.PUT, key, value, null);
  }
}

package io.driftwatch.instrumentation.netty;

import io.driftwatch.bootstrap.NettyBridge;
import net.bytebuddy.asm.Advice;

/** Inlined after {@code DefaultChannelPipeline.addLast/addFirst/addBefore/addAfter}: the handler is the last argument. */
public final class HandlerAddedAdvice {

  private HandlerAddedAdvice() {}

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.This Object pipeline, @Advice.AllArguments Object[] arguments,
      @Advice.Thrown Throwable thrown) {
    if (thrown == null && arguments.length > 0) {
      NettyBridge.onHandlerAdded(pipeline, arguments[arguments.length - 1]);
    }
  }
}

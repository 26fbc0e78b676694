package io.driftwatch.instrumentation.netty;

import io.driftwatch.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/**
 * Inlined before Reactor Netty's {@code HttpClientHandler.requestWithBody(operations)}, which runs
 * on the event loop once the request has its connection (again on a redirect or a retry).
 */
public final class ReactorRequestWritingAdvice {

  private ReactorRequestWritingAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static void enter(@Advice.This Object handler, @Advice.Argument(0) Object operations) {
    Bridge.named(NettyInstrumentation.CLIENT).call(NettyHooks.REQUEST_WRITING, handler, operations, null);
  }
}

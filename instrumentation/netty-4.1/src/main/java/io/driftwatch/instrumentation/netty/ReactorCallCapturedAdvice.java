package io.driftwatch.instrumentation.netty;

import io.driftwatch.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/**
 * Inlined at the end of Reactor Netty's per-request {@code HttpClientConnect.HttpClientHandler}
 * constructor, which runs on the thread that subscribed to the request: the application's.
 */
public final class ReactorCallCapturedAdvice {

  private ReactorCallCapturedAdvice() {}

  @Advice.OnMethodExit(suppress = Throwable.class)
  public static void exit(@Advice.This Object handler) {
    Bridge.named(NettyInstrumentation.CLIENT).call(NettyHooks.CALL_SUBSCRIBED, handler, null, null);
  }
}

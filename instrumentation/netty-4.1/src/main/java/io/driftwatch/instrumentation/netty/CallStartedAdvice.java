package io.driftwatch.instrumentation.netty;

import io.driftwatch.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/**
 * Inlined at the end of the constructor of a client's per-request object that is made on the
 * application's thread: Reactor Netty's {@code HttpClientConnect.HttpClientHandler} (made where the
 * request is subscribed), the AWS SDK's {@code NettyRequestExecutor} (made where the SDK hands the
 * request to its Netty client).
 */
public final class CallStartedAdvice {

  private CallStartedAdvice() {}

  @Advice.OnMethodExit(suppress = Throwable.class)
  public static void exit(@Advice.This Object handler) {
    Bridge.named(NettyInstrumentation.CLIENT).call(NettyHooks.CALL_STARTED, handler, null, null);
  }
}

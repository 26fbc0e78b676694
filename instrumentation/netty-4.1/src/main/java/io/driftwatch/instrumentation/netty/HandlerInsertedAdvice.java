package io.driftwatch.instrumentation.netty;

import io.driftwatch.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/**
 * Inlined after {@code DefaultChannelPipeline.addBefore/addAfter(group, baseName, name, handler)}. Runs for
 * every pipeline, server channels included, so it reads its one argument by position (no argument
 * array) and hands over only an {@code HttpClientCodec} or an {@code Http2FrameCodec}.
 */
public final class HandlerInsertedAdvice {

  private HandlerInsertedAdvice() {}

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.This Object pipeline, @Advice.Argument(3) Object handler,
      @Advice.Thrown Throwable thrown) {
    if (thrown == null && handler != null) {
      String name = handler.getClass().getName();
      if (NettyHooks.CLIENT_CODEC.equals(name) || NettyHooks.HTTP2_FRAME_CODEC.equals(name)) {
        Bridge.named(NettyInstrumentation.CLIENT).call(NettyHooks.CODEC_ADDED, pipeline, handler, null);
      }
    }
  }
}

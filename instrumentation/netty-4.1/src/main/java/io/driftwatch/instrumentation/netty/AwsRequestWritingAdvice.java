package io.driftwatch.instrumentation.netty;

import io.driftwatch.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/**
 * Inlined before the AWS SDK's {@code NettyRequestExecutor.makeRequest()}, which runs on the event
 * loop once the request has its channel (an HTTP/2 stream's own channel, on HTTP/2).
 */
public final class AwsRequestWritingAdvice {

  private AwsRequestWritingAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static void enter(@Advice.This Object executor, @Advice.FieldValue("channel") Object channel) {
    Bridge.named(NettyInstrumentation.CLIENT).call(NettyHooks.CHANNEL_WRITING, executor, channel, null);
  }
}

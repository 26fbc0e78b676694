package io.driftwatch.instrumentation.apachehttp5;

import io.driftwatch.bootstrap.AsyncCallBridge;
import net.bytebuddy.asm.Advice;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;

/** Inlined into the async client's {@code doExecute}: swaps in an observing producer and consumer. */
public final class AsyncDoExecuteAdvice {

  private AsyncDoExecuteAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static void enter(
      @Advice.Argument(0) HttpHost target,
      @Advice.Argument(value = 1, readOnly = false) AsyncRequestProducer producer,
      @Advice.Argument(value = 2, readOnly = false) AsyncResponseConsumer<?> consumer) {
    Object[] wrapped = AsyncCallBridge.APACHE_HTTPCLIENT_5.wrap(CloseableHttpAsyncClient.class, target, producer, consumer);
    if (wrapped != null) {
      producer = (AsyncRequestProducer) wrapped[0];
      consumer = (AsyncResponseConsumer<?>) wrapped[1];
    }
  }
}

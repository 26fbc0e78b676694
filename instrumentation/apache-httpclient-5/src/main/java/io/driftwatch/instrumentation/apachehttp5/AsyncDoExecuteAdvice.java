package io.driftwatch.instrumentation.apachehttp5;

import io.driftwatch.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;

/**
 * Inlined into the body of the request channel the async client's {@code doExecute} hands its
 * producer (a synthetic {@code lambda$doExecute$} method, 5.1 to 5.6): the first place that has the
 * request head, the producer and the consumer together. An LLM call gets an observing producer and
 * consumer; every other call is left as it is, with nothing allocated.
 */
public final class AsyncDoExecuteAdvice {

  private AsyncDoExecuteAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object enter(
      @Advice.Argument(1) HttpHost target,
      @Advice.Argument(value = 4, readOnly = false) AsyncRequestProducer producer,
      @Advice.Argument(value = 5, readOnly = false) AsyncResponseConsumer<?> consumer,
      @Advice.Argument(6) HttpRequest request,
      @Advice.Argument(7) EntityDetails entityDetails) {
    Bridge bridge = Bridge.named(ApacheHttpClient5Instrumentation.ASYNC_BRIDGE);
    Object call = bridge.call(ApacheAsyncHooks.START, request, target, entityDetails);
    if (call != null) {
      producer = (AsyncRequestProducer) bridge.replace(ApacheAsyncHooks.PRODUCER, producer, call, null);
      consumer = (AsyncResponseConsumer<?>) bridge.replace(ApacheAsyncHooks.CONSUMER, consumer, call, null);
    }
    return call;
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter Object call, @Advice.Thrown Throwable thrown) {
    if (call != null && thrown != null) {
      Bridge.named(ApacheHttpClient5Instrumentation.ASYNC_BRIDGE).call(ApacheAsyncHooks.FAILED, call, thrown, null);
    }
  }
}

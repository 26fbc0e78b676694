package io.driftwatch.instrumentation.netty;

import io.driftwatch.genai.context.CallerContext;
import io.driftwatch.tooling.HelperLoaders;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Carries the MDC values and flags of the application's thread to the event loop that writes the
 * request: taken where the client makes its per-request object on the application's thread
 * (Reactor Netty's {@code HttpClientHandler}, the AWS SDK's {@code NettyRequestExecutor}), kept
 * against that object (weakly, and only when there is something to carry), and put on the
 * request's channel when the request is about to be written.
 */
final class CallerContextRelay {

  private static final String HELPER_PACKAGE = "io.driftwatch.instrumentation.netty.helper.";
  private static final CallerCarrier NOT_CARRIED = (request, caller) -> { };

  /** Per-request object (identity: neither client's overrides equals or hashCode) to its caller's context. */
  private final Map<Object, CallerContext> started = Collections.synchronizedMap(new WeakHashMap<>());
  private final ClassValue<CallerCarrier> reactorCarriers;
  private final ClassValue<CallerCarrier> channelCarriers;

  CallerContextRelay(HelperLoaders helperLoaders) {
    this.reactorCarriers = helperLoaders.perLibraryClass(HELPER_PACKAGE, HELPER_PACKAGE + "ReactorCallerCarrier",
        CallerCarrier.class, NOT_CARRIED,
        "Reactor Netty version is not supported, the calling thread's MDC does not reach its calls");
    this.channelCarriers = helperLoaders.perLibraryClass(HELPER_PACKAGE, HELPER_PACKAGE + "ChannelCallerCarrier",
        CallerCarrier.class, NOT_CARRIED, "Netty version is not supported, the calling thread's MDC does not reach its calls");
  }

  /** On the application's thread. */
  void callStarted(Object request) {
    CallerContext caller = CallerContext.capture();
    if (!caller.isEmpty()) {
      started.put(request, caller);
    }
  }

  /** On the event loop: {@code operations} is Reactor Netty's, naming the request's channel. */
  void reactorRequestWriting(Object request, Object operations) {
    carry(request, operations, reactorCarriers);
  }

  /** On the event loop: the request goes out on {@code channel}. */
  void channelWriting(Object request, Object channel) {
    carry(request, channel, channelCarriers);
  }

  private void carry(Object request, Object target, ClassValue<CallerCarrier> carriers) {
    if (started.isEmpty()) {
      return;
    }
    CallerContext caller = started.get(request);
    if (caller != null) {
      carriers.get(target.getClass()).carry(target, caller);
    }
  }
}

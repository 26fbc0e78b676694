package io.driftwatch.instrumentation.netty;

import io.driftwatch.bootstrap.Hook;
import io.driftwatch.genai.context.CallerContext;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.tooling.HelperLoaders;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The hook on the netty bridge.
 *
 * <p>{@link #CODEC_ADDED} (pipeline, codec) puts an observer after an {@code HttpClientCodec} or a
 * client's {@code Http2FrameCodec}. The helper that knows Netty's types is found once per codec
 * class, kept by a {@link ClassValue} so an undeployed application's loader is never pinned; the
 * HTTP/2 one is its own helper, so an application without netty-codec-http2 (or with a version it
 * cannot link against) still gets HTTP/1.1.
 *
 * <p>{@link #CALL_STARTED} (request object) and then {@link #REQUEST_WRITING} (request object,
 * Reactor Netty's operations) or {@link #CHANNEL_WRITING} (request object, channel) carry the MDC
 * values and flags of the application's thread to the event loop that writes the request: taken
 * on the application's thread, kept against the client's per-request object (weakly, only when
 * there is something to carry), and put on the request's channel when it is about to be written.
 */
final class NettyHooks implements Hook {

  static final int CODEC_ADDED = 0;
  static final int CALL_STARTED = 1;
  static final int REQUEST_WRITING = 2;
  static final int CHANNEL_WRITING = 3;
  /** Compared by the advice itself, so other handlers never reach the bridge. */
  static final String CLIENT_CODEC = "io.netty.handler.codec.http.HttpClientCodec";
  static final String HTTP2_FRAME_CODEC = "io.netty.handler.codec.http2.Http2FrameCodec";

  private static final String HELPER_PACKAGE = "io.driftwatch.instrumentation.netty.helper.";
  private static final PipelineObserver UNSUPPORTED = (pipeline, codec) -> { };
  private static final CallerCarrier NOT_CARRIED = (operations, caller) -> { };

  private final ClassValue<PipelineObserver> http1Observers;
  private final ClassValue<PipelineObserver> http2Observers;
  private final ClassValue<CallerCarrier> reactorCarriers;
  private final ClassValue<CallerCarrier> channelCarriers;
  /** Per-request object (identity: neither overrides equals or hashCode) to its caller's context. */
  private final Map<Object, CallerContext> subscribedCallers = Collections.synchronizedMap(new WeakHashMap<>());

  NettyHooks(HelperLoaders helperLoaders) {
    this.http1Observers = helperLoaders.perLibraryClass(HELPER_PACKAGE, HELPER_PACKAGE + "CodecFollower",
        PipelineObserver.class, UNSUPPORTED, "Netty version is not supported, its calls are not observed");
    this.http2Observers = helperLoaders.perLibraryClass(HELPER_PACKAGE, HELPER_PACKAGE + "Http2CodecFollower",
        PipelineObserver.class, UNSUPPORTED, "Netty HTTP/2 version is not supported, its HTTP/2 calls are not observed");
    this.reactorCarriers = helperLoaders.perLibraryClass(HELPER_PACKAGE, HELPER_PACKAGE + "ReactorCallerCarrier",
        CallerCarrier.class, NOT_CARRIED,
        "Reactor Netty version is not supported, the calling thread's MDC does not reach its calls");
    this.channelCarriers = helperLoaders.perLibraryClass(HELPER_PACKAGE, HELPER_PACKAGE + "ChannelCallerCarrier",
        CallerCarrier.class, NOT_CARRIED, "Netty version is not supported, the calling thread's MDC does not reach its calls");
  }

  @Override
  public Object call(int operation, Object a, Object b, Object unused) {
    try {
      if (operation == CODEC_ADDED && a != null && b != null) {
        Class<?> codecClass = b.getClass();
        (HTTP2_FRAME_CODEC.equals(codecClass.getName()) ? http2Observers : http1Observers).get(codecClass)
            .observeAfter(a, b);
      } else if (operation == CALL_STARTED && a != null) {
        CallerContext caller = CallerContext.capture();
        if (!caller.isEmpty()) {
          subscribedCallers.put(a, caller);
        }
      } else if (operation == REQUEST_WRITING && a != null && b != null && !subscribedCallers.isEmpty()) {
        CallerContext caller = subscribedCallers.get(a);
        if (caller != null) {
          reactorCarriers.get(b.getClass()).carry(b, caller);
        }
      } else if (operation == CHANNEL_WRITING && a != null && b != null && !subscribedCallers.isEmpty()) {
        CallerContext caller = subscribedCallers.get(a);
        if (caller != null) {
          channelCarriers.get(b.getClass()).carry(b, caller);
        }
      }
    } catch (Throwable t) {
      LlmExchanges.reportFailure(NettyInstrumentation.CLIENT, t);
    }
    return null;
  }
}

package io.driftwatch.instrumentation.netty;

import io.driftwatch.bootstrap.Hook;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.tooling.HelperLoaders;

/**
 * The hook on the netty bridge.
 *
 * <p>{@link #CODEC_ADDED} (pipeline, codec) puts an observer after an {@code HttpClientCodec} or a
 * client's {@code Http2FrameCodec}. The helper that knows Netty's types is found once per codec
 * class, kept by a {@link ClassValue} so an undeployed application's loader is never pinned; the
 * HTTP/2 one is its own helper, so an application without netty-codec-http2 (or with a version it
 * cannot link against) still gets HTTP/1.1.
 *
 * <p>{@link #CALL_STARTED} (request object), then {@link #REQUEST_WRITING} (request object, Reactor
 * Netty's operations) or {@link #CHANNEL_WRITING} (request object, channel): see {@link
 * CallerContextRelay}.
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

  private final ClassValue<PipelineObserver> http1Observers;
  private final ClassValue<PipelineObserver> http2Observers;
  private final CallerContextRelay callers;

  NettyHooks(HelperLoaders helperLoaders) {
    this.http1Observers = helperLoaders.perLibraryClass(HELPER_PACKAGE, HELPER_PACKAGE + "CodecFollower",
        PipelineObserver.class, UNSUPPORTED, "Netty version is not supported, its calls are not observed");
    this.http2Observers = helperLoaders.perLibraryClass(HELPER_PACKAGE, HELPER_PACKAGE + "Http2CodecFollower",
        PipelineObserver.class, UNSUPPORTED, "Netty HTTP/2 version is not supported, its HTTP/2 calls are not observed");
    this.callers = new CallerContextRelay(helperLoaders);
  }

  @Override
  public Object call(int operation, Object a, Object b, Object unused) {
    if (a == null) {
      return null;
    }
    try {
      if (operation == CODEC_ADDED && b != null) {
        Class<?> codecClass = b.getClass();
        (HTTP2_FRAME_CODEC.equals(codecClass.getName()) ? http2Observers : http1Observers).get(codecClass)
            .observeAfter(a, b);
      } else if (operation == CALL_STARTED) {
        callers.callStarted(a);
      } else if (operation == REQUEST_WRITING && b != null) {
        callers.reactorRequestWriting(a, b);
      } else if (operation == CHANNEL_WRITING && b != null) {
        callers.channelWriting(a, b);
      }
    } catch (Throwable t) {
      LlmExchanges.reportFailure(NettyInstrumentation.CLIENT, t);
    }
    return null;
  }
}

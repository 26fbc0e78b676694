package io.driftwatch.instrumentation.netty;

import io.driftwatch.bootstrap.Hook;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.tooling.HelperLoaders;

/**
 * The hook on the netty bridge: operation {@link #CODEC_ADDED} (pipeline, codec) puts an observer
 * after an {@code HttpClientCodec} or a client's {@code Http2FrameCodec}. The helper that knows
 * Netty's types is found once per codec class, kept by a {@link ClassValue} so an undeployed
 * application's loader is never pinned; the HTTP/2 one is its own helper, so an application
 * without netty-codec-http2 (or with a version it cannot link against) still gets HTTP/1.1.
 */
final class NettyHooks implements Hook {

  static final int CODEC_ADDED = 0;
  /** Compared by the advice itself, so other handlers never reach the bridge. */
  static final String CLIENT_CODEC = "io.netty.handler.codec.http.HttpClientCodec";
  static final String HTTP2_FRAME_CODEC = "io.netty.handler.codec.http2.Http2FrameCodec";

  private static final String HELPER_PACKAGE = "io.driftwatch.instrumentation.netty.helper.";
  private static final PipelineObserver UNSUPPORTED = (pipeline, codec) -> { };

  private final ClassValue<PipelineObserver> http1Observers;
  private final ClassValue<PipelineObserver> http2Observers;

  NettyHooks(HelperLoaders helperLoaders) {
    this.http1Observers = helperLoaders.perLibraryClass(HELPER_PACKAGE, HELPER_PACKAGE + "CodecFollower",
        PipelineObserver.class, UNSUPPORTED, "Netty version is not supported, its calls are not observed");
    this.http2Observers = helperLoaders.perLibraryClass(HELPER_PACKAGE, HELPER_PACKAGE + "Http2CodecFollower",
        PipelineObserver.class, UNSUPPORTED, "Netty HTTP/2 version is not supported, its HTTP/2 calls are not observed");
  }

  @Override
  public Object call(int operation, Object pipeline, Object codec, Object unused) {
    if (operation == CODEC_ADDED && pipeline != null && codec != null) {
      try {
        Class<?> codecClass = codec.getClass();
        (HTTP2_FRAME_CODEC.equals(codecClass.getName()) ? http2Observers : http1Observers).get(codecClass)
            .observeAfter(pipeline, codec);
      } catch (Throwable t) {
        LlmExchanges.reportFailure(NettyInstrumentation.CLIENT, t);
      }
    }
    return null;
  }
}

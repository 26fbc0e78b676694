package io.driftwatch.instrumentation.netty;

import io.driftwatch.bootstrap.Hook;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.tooling.HelperLoaders;

/**
 * The hook on the netty bridge: operation {@link #CODEC_ADDED} (pipeline, codec) puts an observer
 * after an {@code HttpClientCodec}. The helper that knows Netty's types is found once per pipeline
 * class, kept by a {@link ClassValue} so an undeployed application's loader is never pinned.
 */
final class NettyHooks implements Hook {

  static final int CODEC_ADDED = 0;
  /** Compared by the advice itself, so other handlers never reach the bridge. */
  static final String CLIENT_CODEC = "io.netty.handler.codec.http.HttpClientCodec";

  private static final String HELPER_PACKAGE = "io.driftwatch.instrumentation.netty.helper.";
  private static final PipelineObserver UNSUPPORTED = (pipeline, codec) -> { };

  private final ClassValue<PipelineObserver> observers;

  NettyHooks(HelperLoaders helperLoaders) {
    this.observers = helperLoaders.perLibraryClass(HELPER_PACKAGE, HELPER_PACKAGE + "CodecFollower",
        PipelineObserver.class, UNSUPPORTED, "Netty version is not supported, its calls are not observed");
  }

  @Override
  public Object call(int operation, Object pipeline, Object codec, Object unused) {
    if (operation == CODEC_ADDED && pipeline != null && codec != null) {
      try {
        observers.get(pipeline.getClass()).observeAfter(pipeline, codec);
      } catch (Throwable t) {
        LlmExchanges.reportFailure(NettyInstrumentation.CLIENT, t);
      }
    }
    return null;
  }
}

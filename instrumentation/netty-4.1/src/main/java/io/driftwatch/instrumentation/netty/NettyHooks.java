package io.driftwatch.instrumentation.netty;

import io.driftwatch.bootstrap.NettyBridge;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.tooling.AgentLog;
import io.driftwatch.tooling.HelperLoaders;

/**
 * The agent side of {@link NettyBridge}. Only an {@code HttpClientCodec} interests it; the helper
 * that knows Netty's types is found once per pipeline class, kept by a {@link ClassValue} so an
 * undeployed application's loader is never pinned.
 */
final class NettyHooks implements NettyBridge.Hooks {

  private static final String CLIENT_CODEC = "io.netty.handler.codec.http.HttpClientCodec";
  private static final String HELPER_PACKAGE = "io.driftwatch.instrumentation.netty.helper.";
  private static final PipelineObserver UNSUPPORTED = (pipeline, codec) -> { };

  private final HelperLoaders helperLoaders;
  private final ClassValue<PipelineObserver> observers = new ClassValue<>() {
    @Override
    protected PipelineObserver computeValue(Class<?> pipelineType) {
      return load(pipelineType.getClassLoader());
    }
  };

  NettyHooks(HelperLoaders helperLoaders) {
    this.helperLoaders = helperLoaders;
  }

  private PipelineObserver load(ClassLoader nettyLoader) {
    if (nettyLoader == null) {
      return UNSUPPORTED;
    }
    try {
      return (PipelineObserver) helperLoaders.instance(nettyLoader, HELPER_PACKAGE, HELPER_PACKAGE + "CodecFollower");
    } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
      AgentLog.warnOnce("netty-unsupported", "this Netty version is not supported, its calls are not observed: " + e);
      return UNSUPPORTED;
    }
  }

  @Override
  public void onHandlerAdded(Object pipeline, Object handler) {
    if (!CLIENT_CODEC.equals(handler.getClass().getName())) {
      return;
    }
    try {
      observers.get(pipeline.getClass()).observeAfter(pipeline, handler);
    } catch (Throwable t) {
      LlmExchanges.reportFailure(NettyInstrumentation.CLIENT, t);
    }
  }
}

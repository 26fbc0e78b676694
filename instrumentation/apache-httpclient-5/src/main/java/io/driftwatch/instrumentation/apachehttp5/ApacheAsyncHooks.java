package io.driftwatch.instrumentation.apachehttp5;

import io.driftwatch.bootstrap.AsyncCallBridge;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.tooling.AgentLog;
import io.driftwatch.tooling.HelperLoaders;

/**
 * The agent side of {@link AsyncCallBridge} for HttpClient 5 async. The helper is found once per
 * client class, kept by a {@link ClassValue} so an undeployed application's loader is never pinned.
 */
final class ApacheAsyncHooks implements AsyncCallBridge.Hooks {

  private static final AsyncCallObserver UNSUPPORTED = (target, producer, consumer) -> null;

  private final HelperLoaders helperLoaders;
  private final ClassValue<AsyncCallObserver> observers = new ClassValue<>() {
    @Override
    protected AsyncCallObserver computeValue(Class<?> clientType) {
      return load(clientType.getClassLoader());
    }
  };

  ApacheAsyncHooks(HelperLoaders helperLoaders) {
    this.helperLoaders = helperLoaders;
  }

  private AsyncCallObserver load(ClassLoader clientLoader) {
    if (clientLoader == null) {
      return UNSUPPORTED;
    }
    try {
      return (AsyncCallObserver) helperLoaders.instance(clientLoader, ApacheHttpClient5Instrumentation.HELPER_PACKAGE,
          ApacheHttpClient5Instrumentation.HELPER_PACKAGE + "ObservingAsyncCalls");
    } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
      AgentLog.warnOnce("apache-httpclient-5-async-unsupported",
          "this Apache HttpClient 5 async version is not supported, its calls are not observed: " + e);
      return UNSUPPORTED;
    }
  }

  @Override
  public Object[] wrap(Class<?> clientType, Object target, Object producer, Object consumer) {
    try {
      return observers.get(clientType).wrap(target, producer, consumer);
    } catch (Throwable t) {
      LlmExchanges.reportFailure(ApacheHttpClient5Instrumentation.CLIENT, t);
      return null;
    }
  }
}

package io.driftwatch.tooling;

import io.driftwatch.bootstrap.ClassicCallBridge;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;

/**
 * The agent side of a {@link ClassicCallBridge}. The helper that reads the library's types is
 * found once per client class: a {@link ClassValue} keeps it exactly as long as that class lives,
 * so an undeployed application's loader is never pinned.
 */
public final class ClassicCallHooks implements ClassicCallBridge.Hooks {

  private static final ClassicCallObserver UNSUPPORTED = new ClassicCallObserver() {
    @Override
    public LlmExchange start(Object target, Object request) {
      return null;
    }

    @Override
    public Object observe(Object response, LlmExchange exchange) {
      return response;
    }
  };

  private final HelperLoaders helperLoaders;
  private final String client;
  private final String helperPackage;
  private final String observerClass;
  private final ClassValue<ClassicCallObserver> observers = new ClassValue<>() {
    @Override
    protected ClassicCallObserver computeValue(Class<?> clientType) {
      return load(clientType.getClassLoader());
    }
  };

  /**
   * @param client the instrumentation's name, for logs and failure counts
   * @param helperPackage the package (with its trailing dot) of the helpers to define next to the library
   * @param observerClass the helper implementing {@link ClassicCallObserver}, fully qualified
   */
  public ClassicCallHooks(HelperLoaders helperLoaders, String client, String helperPackage, String observerClass) {
    this.helperLoaders = helperLoaders;
    this.client = client;
    this.helperPackage = helperPackage;
    this.observerClass = observerClass;
  }

  private record ObservedCall(ClassicCallObserver observer, LlmExchange exchange) {}

  private ClassicCallObserver load(ClassLoader clientLoader) {
    if (clientLoader == null) {
      return UNSUPPORTED;
    }
    try {
      return (ClassicCallObserver) helperLoaders.instance(clientLoader, helperPackage, observerClass);
    } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
      AgentLog.warnOnce(client + "-unsupported",
          "this " + client + " version is not supported, its calls are not observed: " + e);
      return UNSUPPORTED;
    }
  }

  @Override
  public Object onRequest(Class<?> clientType, Object target, Object request) {
    try {
      ClassicCallObserver observer = observers.get(clientType);
      LlmExchange exchange = observer.start(target, request);
      return exchange == null ? null : new ObservedCall(observer, exchange);
    } catch (Throwable t) {
      LlmExchanges.reportFailure(client, t);
      return null;
    }
  }

  @Override
  public Object onResponse(Object call, Object response) {
    if (!(call instanceof ObservedCall observed)) {
      return response;
    }
    try {
      return observed.observer().observe(response, observed.exchange());
    } catch (Throwable t) {
      LlmExchanges.reportFailure(client, t);
      observed.exchange().fail(t);
      return response;
    }
  }

  @Override
  public void onFailure(Object call, Throwable error) {
    if (call instanceof ObservedCall observed) {
      observed.exchange().fail(error);
    }
  }
}

package io.driftwatch.tooling;

import io.driftwatch.bootstrap.Hook;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;

/**
 * The hook every blocking HTTP client's {@link io.driftwatch.bootstrap.Bridge} gets. The helper that
 * reads the library's types is found once per client class: a {@link ClassValue} keeps it exactly
 * as long as that class lives, so an undeployed application's loader is never pinned.
 *
 * <p>Operations, as the advice calls them: {@link #REQUEST} (client class, target, request) answers
 * an opaque call handle or null for a call we ignore; {@link #RESPONSE} (call, response, request)
 * answers the response to hand to the application; {@link #FAILURE} (call, error, request).
 */
public final class ClassicCallHooks implements Hook {

  public static final int REQUEST = 0;
  public static final int RESPONSE = 1;
  public static final int FAILURE = 2;

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

  private final String client;
  private final ClassValue<ClassicCallObserver> observers;

  /**
   * @param client the instrumentation's name, for logs and failure counts
   * @param helperPackage the package (with its trailing dot) of the helpers to define next to the library
   * @param observerClass the helper implementing {@link ClassicCallObserver}, fully qualified
   */
  public ClassicCallHooks(HelperLoaders helperLoaders, String client, String helperPackage, String observerClass) {
    this.client = client;
    this.observers = helperLoaders.perLibraryClass(helperPackage, observerClass, ClassicCallObserver.class, UNSUPPORTED,
        client + " version is not supported, its calls are not observed");
  }

  private record ObservedCall(ClassicCallObserver observer, LlmExchange exchange) {}

  @Override
  public Object call(int operation, Object a, Object b, Object c) {
    switch (operation) {
      case REQUEST:
        return a instanceof Class<?> clientType && c != null ? onRequest(clientType, b, c) : null;
      case RESPONSE:
        try {
          return onResponse(a, b);
        } finally {
          finished(a, c);
        }
      case FAILURE:
        try {
          onFailure(a, b);
        } finally {
          finished(a, c);
        }
        return null;
      default:
        return null;
    }
  }

  private Object onRequest(Class<?> clientType, Object target, Object request) {
    try {
      ClassicCallObserver observer = observers.get(clientType);
      LlmExchange exchange = observer.start(target, request);
      return exchange == null ? null : new ObservedCall(observer, exchange);
    } catch (Throwable t) {
      LlmExchanges.reportFailure(client, t);
      return null;
    }
  }

  private Object onResponse(Object call, Object response) {
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

  private void finished(Object call, Object request) {
    if (call instanceof ObservedCall observed && request != null) {
      try {
        observed.observer().finished(request);
      } catch (Throwable t) {
        LlmExchanges.reportFailure(client, t);
      }
    }
  }

  private static void onFailure(Object call, Object error) {
    if (call instanceof ObservedCall observed && error instanceof Throwable thrown) {
      observed.exchange().fail(thrown);
    }
  }
}

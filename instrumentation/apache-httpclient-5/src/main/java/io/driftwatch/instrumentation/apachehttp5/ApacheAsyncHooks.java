package io.driftwatch.instrumentation.apachehttp5;

import io.driftwatch.bootstrap.Hook;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.tooling.HelperLoaders;

/**
 * The hook on the HttpClient 5 async bridge, called where the client has the request head and the
 * application's producer and consumer together. Operations: {@link #START} (request, target, entity
 * details) answers a call handle, or null for a call we ignore, which is all a non-LLM call costs;
 * {@link #PRODUCER} (producer, call) and {@link #CONSUMER} (consumer, call) answer the observing
 * replacements; {@link #FAILED} (call, error). The helper is found per request class through a
 * {@link ClassValue}, so an undeployed application's loader is never pinned.
 */
final class ApacheAsyncHooks implements Hook {

  static final int START = 0;
  static final int PRODUCER = 1;
  static final int CONSUMER = 2;
  static final int FAILED = 3;

  private static final AsyncCallObserver UNSUPPORTED = new AsyncCallObserver() {
    @Override
    public Object start(Object target, Object request, Object entityDetails) {
      return null;
    }

    @Override
    public Object observeProducer(Object call, Object producer) {
      return null;
    }

    @Override
    public Object observeConsumer(Object call, Object consumer) {
      return null;
    }

    @Override
    public void failed(Object call, Throwable error) {}
  };

  private final ClassValue<AsyncCallObserver> observers;

  ApacheAsyncHooks(HelperLoaders helperLoaders) {
    this.observers = helperLoaders.perLibraryClass(ApacheHttpClient5Instrumentation.HELPER_PACKAGE,
        ApacheHttpClient5Instrumentation.HELPER_PACKAGE + "ObservingAsyncCalls", AsyncCallObserver.class, UNSUPPORTED,
        "Apache HttpClient 5 async version is not supported, its calls are not observed");
  }

  private record ObservedCall(AsyncCallObserver observer, Object state) {}

  @Override
  public Object call(int operation, Object a, Object b, Object c) {
    try {
      switch (operation) {
        case START:
          return a == null ? null : start(a, b, c);
        case PRODUCER:
          return b instanceof ObservedCall call ? call.observer().observeProducer(call.state(), a) : null;
        case CONSUMER:
          return b instanceof ObservedCall call ? call.observer().observeConsumer(call.state(), a) : null;
        case FAILED:
          if (a instanceof ObservedCall call && b instanceof Throwable error) {
            call.observer().failed(call.state(), error);
          }
          return null;
        default:
          return null;
      }
    } catch (Throwable t) {
      LlmExchanges.reportFailure(ApacheHttpClient5Instrumentation.CLIENT, t);
      return null;
    }
  }

  private Object start(Object request, Object target, Object entityDetails) {
    AsyncCallObserver observer = observers.get(request.getClass());
    Object state = observer.start(target, request, entityDetails);
    return state == null ? null : new ObservedCall(observer, state);
  }
}

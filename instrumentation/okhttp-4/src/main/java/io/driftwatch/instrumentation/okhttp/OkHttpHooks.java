package io.driftwatch.instrumentation.okhttp;

import io.driftwatch.bootstrap.Hook;
import io.driftwatch.genai.context.CallerContext;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.tooling.HelperLoaders;
import java.util.List;

/**
 * The hook on the okhttp bridge. Operation {@link #INSTALL_INTERCEPTOR} (the builder's interceptor
 * list, the {@code OkHttpClient} class): one interceptor per OkHttp, placed first once. Every
 * builder the application creates comes here, so the interceptor is found without a lock: a
 * {@link ClassValue} on OkHttp's own class. {@link #CARRY_CALLER_CONTEXT} (callback, the {@code
 * Callback} class) answers a callback carrying the calling thread's context, or null when it has
 * none; {@link #RESUME_CALLER_CONTEXT} (callback, the {@code Callback} class) makes what it carries
 * this thread's and answers what to hand {@link #RESTORE_CALLER_CONTEXT} after, or null.
 */
final class OkHttpHooks implements Hook {

  static final int INSTALL_INTERCEPTOR = 0;
  static final int CARRY_CALLER_CONTEXT = 1;
  static final int RESUME_CALLER_CONTEXT = 2;
  static final int RESTORE_CALLER_CONTEXT = 3;

  private static final String HELPER_PACKAGE = "io.driftwatch.instrumentation.okhttp.helper.";
  private static final String INTERCEPTOR = HELPER_PACKAGE + "ObservingInterceptor";
  private static final String CALLBACKS = HELPER_PACKAGE + "CallerContextCallbacks";
  private static final Object UNSUPPORTED = new Object();
  /** What {@link #RESUME_CALLER_CONTEXT} answers when no context was resumed on the thread before. */
  private static final Object NOTHING_BEFORE = new Object();
  private static final EnqueuedCallContext NO_CARRYING = new EnqueuedCallContext() {
    @Override
    public Object carrying(Object callback, CallerContext caller) {
      return null;
    }

    @Override
    public CallerContext carriedBy(Object callback) {
      return null;
    }
  };

  private final ClassValue<Object> interceptors;
  private final ClassValue<EnqueuedCallContext> callbacks;

  OkHttpHooks(HelperLoaders helperLoaders) {
    this.interceptors = helperLoaders.perLibraryClass(HELPER_PACKAGE, INTERCEPTOR, Object.class, UNSUPPORTED,
        "OkHttp version is not supported, its calls are not observed");
    this.callbacks = helperLoaders.perLibraryClass(HELPER_PACKAGE, CALLBACKS, EnqueuedCallContext.class, NO_CARRYING,
        "OkHttp version is not supported, its enqueued calls do not carry MDC values and flags");
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object call(int operation, Object a, Object b, Object c) {
    try {
      switch (operation) {
        case INSTALL_INTERCEPTOR:
          if (a instanceof List && b instanceof Class) {
            installInterceptor((List<Object>) a, (Class<?>) b);
          }
          return null;
        case CARRY_CALLER_CONTEXT:
          return b instanceof Class<?> callbackType ? carry(a, callbackType) : null;
        case RESUME_CALLER_CONTEXT:
          return a != null && b instanceof Class<?> callbackType ? resume(a, callbackType) : null;
        case RESTORE_CALLER_CONTEXT:
          CallerContext.restore(a == NOTHING_BEFORE ? null : (CallerContext) a);
          return null;
        default:
          return null;
      }
    } catch (Throwable t) {
      LlmExchanges.reportFailure(OkHttpInstrumentation.NAME, t);
      return null;
    }
  }

  private Object carry(Object callback, Class<?> callbackType) {
    CallerContext caller = CallerContext.capture();
    return caller.isEmpty() ? null : callbacks.get(callbackType).carrying(callback, caller);
  }

  private Object resume(Object callback, Class<?> callbackType) {
    CallerContext carried = callbacks.get(callbackType).carriedBy(callback);
    if (carried == null) {
      return null;
    }
    CallerContext previous = CallerContext.resume(carried);
    return previous == null ? NOTHING_BEFORE : previous;
  }

  private void installInterceptor(List<Object> list, Class<?> okHttpClientClass) {
    Object interceptor = interceptors.get(okHttpClientClass);
    if (interceptor == UNSUPPORTED) {
      return;
    }
    // A builder copied from a client runs the plain constructor first and then appends the client's
    // interceptors, ours among them: keep exactly one, in front.
    for (int i = list.size() - 1; i >= 0; i--) {
      if (list.get(i) == interceptor) {
        list.remove(i);
      }
    }
    list.add(0, interceptor);
  }
}

package io.driftwatch.instrumentation.okhttp;

import io.driftwatch.bootstrap.Hook;
import io.driftwatch.tooling.HelperLoaders;
import java.util.List;

/**
 * The hook on the okhttp bridge: one interceptor per OkHttp, placed first once. Operation {@link
 * #INSTALL_INTERCEPTOR} (the builder's interceptor list, the {@code OkHttpClient} class). Every
 * builder the application creates comes here, so the interceptor is found without a lock: a
 * {@link ClassValue} on OkHttp's own class.
 */
final class OkHttpHooks implements Hook {

  static final int INSTALL_INTERCEPTOR = 0;

  private static final String HELPER_PACKAGE = "io.driftwatch.instrumentation.okhttp.helper.";
  private static final String INTERCEPTOR = HELPER_PACKAGE + "ObservingInterceptor";
  private static final Object UNSUPPORTED = new Object();

  private final ClassValue<Object> interceptors;

  OkHttpHooks(HelperLoaders helperLoaders) {
    this.interceptors = helperLoaders.perLibraryClass(HELPER_PACKAGE, INTERCEPTOR, Object.class, UNSUPPORTED,
        "OkHttp version is not supported, its calls are not observed");
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object call(int operation, Object a, Object b, Object c) {
    if (operation == INSTALL_INTERCEPTOR && a instanceof List && b instanceof Class) {
      installInterceptor((List<Object>) a, (Class<?>) b);
    }
    return null;
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

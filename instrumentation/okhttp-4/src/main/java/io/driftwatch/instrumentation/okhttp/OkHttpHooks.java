package io.driftwatch.instrumentation.okhttp;

import io.driftwatch.bootstrap.OkHttpBridge;
import io.driftwatch.tooling.AgentLog;
import io.driftwatch.tooling.HelperLoaders;
import java.util.List;

/** The agent side of {@link OkHttpBridge}: one interceptor per OkHttp class loader, placed first once. */
final class OkHttpHooks implements OkHttpBridge.Hooks {

  private static final String HELPER_PACKAGE = "io.driftwatch.instrumentation.okhttp.helper.";
  private static final String INTERCEPTOR = HELPER_PACKAGE + "ObservingInterceptor";

  private final HelperLoaders helperLoaders;

  OkHttpHooks(HelperLoaders helperLoaders) {
    this.helperLoaders = helperLoaders;
  }

  @Override
  public void installInterceptor(List<Object> interceptors, ClassLoader okHttpLoader) {
    if (okHttpLoader == null) {
      return;
    }
    Object interceptor;
    try {
      interceptor = helperLoaders.instance(okHttpLoader, HELPER_PACKAGE, INTERCEPTOR);
    } catch (ReflectiveOperationException | LinkageError e) {
      AgentLog.warnOnce("okhttp-unsupported", "this OkHttp version is not supported, its calls are not observed: " + e);
      return;
    }
    // A builder copied from a client already holds ours: keep exactly one, in front.
    interceptors.removeIf(existing -> existing == interceptor);
    interceptors.add(0, interceptor);
  }
}

package io.driftwatch.bootstrap;

import java.util.List;

/** What advice inlined into {@code okhttp3.OkHttpClient$Builder} calls. JDK types only. */
public final class OkHttpBridge {

  /** Implemented inside the agent class loader. */
  public interface Hooks {
    /**
     * Puts the agent's interceptor first in the builder's interceptor list, exactly once, for the
     * OkHttp loaded by {@code okHttpLoader}; leaves the list alone when that OkHttp is unsupported.
     */
    void installInterceptor(List<Object> interceptors, ClassLoader okHttpLoader);
  }

  private static volatile Hooks hooks;

  private OkHttpBridge() {}

  public static void install(Hooks installed) {
    hooks = installed;
  }

  public static void installInterceptor(List<Object> interceptors, ClassLoader okHttpLoader) {
    Hooks current = hooks;
    if (current == null || interceptors == null) {
      return;
    }
    try {
      current.installInterceptor(interceptors, okHttpLoader);
    } catch (Throwable t) {
      // the builder stays as the application made it
    }
  }
}

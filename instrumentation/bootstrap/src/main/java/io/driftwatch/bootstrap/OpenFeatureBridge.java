package io.driftwatch.bootstrap;

/** What advice inlined into {@code dev.openfeature.sdk.OpenFeatureAPI} calls. JDK types only. */
public final class OpenFeatureBridge {

  /** Implemented inside the agent class loader. */
  public interface Hooks {
    /** The agent's flag hook for the OpenFeature SDK loaded by {@code loader}, or null when unsupported. */
    Object hookFor(ClassLoader loader);
  }

  private static volatile Hooks hooks;

  private OpenFeatureBridge() {}

  public static void install(Hooks installed) {
    hooks = installed;
  }

  public static Object hookFor(ClassLoader loader) {
    Hooks current = hooks;
    if (current == null || loader == null) {
      return null;
    }
    try {
      return current.hookFor(loader);
    } catch (Throwable t) {
      return null;
    }
  }
}

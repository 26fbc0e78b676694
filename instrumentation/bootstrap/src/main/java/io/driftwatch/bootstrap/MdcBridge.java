package io.driftwatch.bootstrap;

/** What advice inlined into SLF4J's MDC and Log4j2's ThreadContext calls. JDK types only. */
public final class MdcBridge {

  /** Implemented inside the agent class loader. */
  public interface Hooks {
    void put(String key, String value);

    void remove(String key);

    void clear();
  }

  private static volatile Hooks hooks;

  private MdcBridge() {}

  public static void install(Hooks installed) {
    hooks = installed;
  }

  public static void put(String key, String value) {
    Hooks current = hooks;
    if (current != null) {
      try {
        current.put(key, value);
      } catch (Throwable ignored) {
        // the application's MDC is unaffected
      }
    }
  }

  public static void remove(String key) {
    Hooks current = hooks;
    if (current != null) {
      try {
        current.remove(key);
      } catch (Throwable ignored) {
        // the application's MDC is unaffected
      }
    }
  }

  public static void clear() {
    Hooks current = hooks;
    if (current != null) {
      try {
        current.clear();
      } catch (Throwable ignored) {
        // the application's MDC is unaffected
      }
    }
  }
}

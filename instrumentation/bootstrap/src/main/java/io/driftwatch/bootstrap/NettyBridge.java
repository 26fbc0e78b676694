package io.driftwatch.bootstrap;

/**
 * What advice inlined into Netty's {@code DefaultChannelPipeline} add methods calls. JDK types only.
 */
public final class NettyBridge {

  /** Implemented inside the agent class loader. */
  public interface Hooks {
    /** A handler was added to a channel's pipeline; an HTTP client codec gets an observer after it. */
    void onHandlerAdded(Object pipeline, Object handler);
  }

  private static volatile Hooks hooks;

  private NettyBridge() {}

  public static void install(Hooks installed) {
    hooks = installed;
  }

  public static void onHandlerAdded(Object pipeline, Object handler) {
    Hooks current = hooks;
    if (current != null && pipeline != null && handler != null) {
      try {
        current.onHandlerAdded(pipeline, handler);
      } catch (Throwable ignored) {
        // the pipeline stays as the application built it
      }
    }
  }
}

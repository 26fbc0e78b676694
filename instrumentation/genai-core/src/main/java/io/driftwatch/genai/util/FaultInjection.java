package io.driftwatch.genai.util;

import java.util.Set;

/**
 * Deliberate failures at the agent's seams, for the tests that prove a failing agent never
 * breaks the application: {@code -Ddriftwatch.fault-injection=analyzer,okhttp,...}. Off unless the
 * agent, having read that key with the rest of its configuration, arms some points; each armed point
 * then throws {@link InjectedFault}.
 */
public final class FaultInjection {

  public static final String ANALYZER = "analyzer";
  public static final String EXCHANGE_BYTES = "exchange-bytes";
  public static final String STREAM_EVENT = "stream-event";
  public static final String OKHTTP = "okhttp";
  public static final String JDK_HTTPCLIENT = "jdk-httpclient";

  /** The key, read by the agent's one configuration; this class reads no properties itself. */
  public static final String KEY = "driftwatch.fault-injection";

  /** Volatile: armed on the agent's start-up thread, read on the application's threads. */
  private static volatile Set<String> enabled = Set.of();

  private FaultInjection() {}

  /** Called once at start-up, before any instrumentation is installed. */
  public static void arm(Set<String> points) {
    enabled = Set.copyOf(points);
  }

  public static void at(String point) {
    Set<String> armed = enabled;
    if (!armed.isEmpty() && armed.contains(point)) {
      throw new InjectedFault(point);
    }
  }

  /** The failure thrown at an enabled point. */
  public static final class InjectedFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InjectedFault(String point) {
      super("injected fault at " + point, null, false, false);
    }
  }
}

package io.driftwatch.genai.util;

import java.util.Set;

/**
 * Deliberate failures at the agent's seams, for the tests that prove a failing agent never
 * breaks the application: {@code -Ddriftwatch.fault-injection=analyzer,okhttp,...}. Off unless
 * that property is set; then each named point throws {@link InjectedFault}.
 */
public final class FaultInjection {

  public static final String ANALYZER = "analyzer";
  public static final String EXCHANGE_BYTES = "exchange-bytes";
  public static final String STREAM_EVENT = "stream-event";
  public static final String OKHTTP = "okhttp";
  public static final String JDK_HTTPCLIENT = "jdk-httpclient";

  private static final Set<String> ENABLED = parse(System.getProperty("driftwatch.fault-injection"));

  private FaultInjection() {}

  public static void at(String point) {
    if (!ENABLED.isEmpty() && ENABLED.contains(point)) {
      throw new InjectedFault(point);
    }
  }

  private static Set<String> parse(String raw) {
    return raw == null || raw.isBlank() ? Set.of() : Set.of(raw.trim().split("\\s*,\\s*"));
  }

  /** The failure thrown at an enabled point. */
  public static final class InjectedFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InjectedFault(String point) {
      super("injected fault at " + point, null, false, false);
    }
  }
}

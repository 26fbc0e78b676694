package io.driftwatch.tooling;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The agent's own log: one line per event to stderr, and repeated problems logged once per key,
 * so a broken collector or a strange provider never floods the application's output.
 */
public final class AgentLog {

  private static final String PREFIX = "[driftwatch] ";
  private static final Set<String> LOGGED_ONCE = ConcurrentHashMap.newKeySet();
  private static volatile boolean debug = Boolean.getBoolean("driftwatch.debug");

  private AgentLog() {}

  public static void info(String message) {
    System.err.println(PREFIX + message);
  }

  public static void warnOnce(String key, String message) {
    if (LOGGED_ONCE.add(key)) {
      System.err.println(PREFIX + message + " (further occurrences are counted, not logged)");
    }
  }

  public static void debug(String message) {
    if (debug) {
      System.err.println(PREFIX + message);
    }
  }
}

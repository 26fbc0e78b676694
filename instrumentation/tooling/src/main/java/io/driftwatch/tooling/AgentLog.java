package io.driftwatch.tooling;

import io.driftwatch.PreStartFlags;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The agent's own log: one line per event to stderr, and repeated problems logged once per key,
 * so a broken collector or a strange provider never floods the application's output.
 */
public final class AgentLog {

  private static final String PREFIX = "[driftwatch] ";
  private static final Set<String> LOGGED_ONCE = ConcurrentHashMap.newKeySet();
  /** A condition that keeps recurring is logged again at most this often, with its count. */
  static final long REPEAT_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(60);
  /** Distinct throttled conditions tracked; beyond that they share one key, so the map stays bounded. */
  static final int MAX_THROTTLED_KEYS = 256;
  private static final Map<String, Repeats> THROTTLED = new ConcurrentHashMap<>();
  /** A pre-start flag (see {@link PreStartFlags}): it must hold from the log's first line. */
  private static volatile boolean debug = Boolean.getBoolean(PreStartFlags.DEBUG);

  private AgentLog() {}

  public static void info(String message) {
    System.err.println(PREFIX + message);
  }

  public static void warnOnce(String key, String message) {
    if (LOGGED_ONCE.add(key)) {
      System.err.println(PREFIX + message + " (further occurrences are counted, not logged)");
    }
  }

  /**
   * Logs a recurring condition: its first occurrence at once, then at most one line per
   * {@link #REPEAT_INTERVAL_NANOS} saying how often it happened in between.
   */
  public static void throttled(String key, String message) {
    String line = throttledLine(key, message, System.nanoTime());
    if (line != null) {
      System.err.println(PREFIX + line);
    }
  }

  /** The line to print for this occurrence, or null when it is only counted. */
  static String throttledLine(String key, String message, long nowNanos) {
    String bounded = THROTTLED.size() < MAX_THROTTLED_KEYS || THROTTLED.containsKey(key) ? key : "(other conditions)";
    Repeats repeats = THROTTLED.computeIfAbsent(bounded, k -> new Repeats());
    synchronized (repeats) {
      if (repeats.printedAt != Long.MIN_VALUE && nowNanos - repeats.printedAt < REPEAT_INTERVAL_NANOS) {
        repeats.since++;
        return null;
      }
      long since = repeats.since;
      boolean first = repeats.printedAt == Long.MIN_VALUE;
      repeats.printedAt = nowNanos;
      repeats.since = 0;
      if (first) {
        return message + " (repeats are counted and logged at most once a minute)";
      }
      return since == 0 ? message : message + " (and " + since + " more times in the last minute)";
    }
  }

  public static boolean debugEnabled() {
    return debug;
  }

  public static void debug(String message) {
    if (debug) {
      System.err.println(PREFIX + message);
    }
  }

  /** Stack traces reach stderr only with {@code -Ddriftwatch.debug=true}. */
  public static void debug(String message, Throwable error) {
    if (debug) {
      System.err.println(PREFIX + message);
      error.printStackTrace(System.err);
    }
  }

  private static final class Repeats {
    long printedAt = Long.MIN_VALUE;
    long since;
  }
}

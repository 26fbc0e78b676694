package io.driftwatch.genai.context;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the application put in its logging MDC (only the keys the agent was told about) and the
 * feature flags it evaluated, per thread, as advice on MDC and OpenFeature reports them. Read when
 * an LLM call starts on the same thread, or captured there for the thread that runs it ({@link
 * CallerContext}). Flags older than a minute are treated as another request's and ignored.
 */
public final class ThreadContextMirror {

  private static final int MAX_FLAGS = 16;
  private static final long FLAG_WINDOW_NANOS = 60_000_000_000L;

  private static volatile Set<String> mirroredKeys = Set.of();
  private static final ThreadLocal<Map<String, String>> MDC = ThreadLocal.withInitial(HashMap::new);
  private static final ThreadLocal<Deque<TimedFlag>> FLAGS = ThreadLocal.withInitial(ArrayDeque::new);

  private record TimedFlag(FlagEvaluation flag, long nanoTime) {}

  private ThreadContextMirror() {}

  public static void mirrorKeys(List<String> keys) {
    mirroredKeys = Set.copyOf(keys);
  }

  public static void mdcPut(String key, String value) {
    if (key != null && mirroredKeys.contains(key)) {
      if (value == null) {
        MDC.get().remove(key);
      } else {
        MDC.get().put(key, value);
      }
    }
  }

  public static void mdcRemove(String key) {
    if (key != null && mirroredKeys.contains(key)) {
      MDC.get().remove(key);
    }
  }

  public static void mdcClear() {
    MDC.get().clear();
  }

  static String mdcGet(String key) {
    return MDC.get().get(key);
  }

  /** True when this thread has no mirrored MDC value and no flag evaluation kept: the cheap first check. */
  static boolean nothingMirrored() {
    return MDC.get().isEmpty() && FLAGS.get().isEmpty();
  }

  static Map<String, String> mdcCopy() {
    return Map.copyOf(MDC.get());
  }

  public static void flagEvaluated(FlagEvaluation flag) {
    Deque<TimedFlag> flags = FLAGS.get();
    flags.removeIf(existing -> existing.flag.key().equals(flag.key()));
    flags.addLast(new TimedFlag(flag, System.nanoTime()));
    while (flags.size() > MAX_FLAGS) {
      flags.removeFirst();
    }
  }

  /** Flags evaluated on this thread within the window, oldest first. */
  static List<FlagEvaluation> recentFlags() {
    Deque<TimedFlag> flags = FLAGS.get();
    long now = System.nanoTime();
    for (Iterator<TimedFlag> it = flags.iterator(); it.hasNext(); ) {
      if (now - it.next().nanoTime > FLAG_WINDOW_NANOS) {
        it.remove();
      }
    }
    return flags.stream().map(TimedFlag::flag).toList();
  }
}

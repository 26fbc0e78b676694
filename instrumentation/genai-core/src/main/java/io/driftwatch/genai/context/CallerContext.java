package io.driftwatch.genai.context;

import java.util.List;
import java.util.Map;

/**
 * The MDC values and feature flags of the thread that started a call, taken there and carried to
 * the thread that starts its exchange (an OkHttp dispatcher thread, a Netty event loop).
 *
 * <p>Capture with {@link #capture()} on the application's thread, then either pass the result to
 * {@code LlmExchanges.start(endpoint, request, caller)}, or {@link #resume} it around the task that
 * runs the call on the other thread and {@link #restore} the previous one after. Capturing on a
 * thread with nothing set allocates nothing.
 */
public final class CallerContext {

  /** Nothing was set on the calling thread; shared. */
  public static final CallerContext EMPTY = new CallerContext(Map.of(), List.of());

  private static final ThreadLocal<CallerContext> RESUMED = new ThreadLocal<>();

  private final Map<String, String> mdc;
  private final List<FlagEvaluation> flags;

  private CallerContext(Map<String, String> mdc, List<FlagEvaluation> flags) {
    this.mdc = mdc;
    this.flags = flags;
  }

  /** What this thread has now: the caller's context resumed here, else its own MDC values and recent flags. */
  public static CallerContext capture() {
    CallerContext resumed = RESUMED.get();
    if (resumed != null) {
      return resumed;
    }
    if (ThreadContextMirror.nothingMirrored()) {
      return EMPTY;
    }
    Map<String, String> mdc = ThreadContextMirror.mdcCopy();
    List<FlagEvaluation> flags = ThreadContextMirror.recentFlags();
    return mdc.isEmpty() && flags.isEmpty() ? EMPTY : new CallerContext(mdc, flags);
  }

  /**
   * Makes {@code caller} what calls started on this thread read, until {@link #restore}.
   *
   * @return the context resumed before, to hand to {@link #restore}; may be null
   */
  public static CallerContext resume(CallerContext caller) {
    CallerContext previous = RESUMED.get();
    RESUMED.set(caller);
    return previous;
  }

  /** Undoes a {@link #resume}: {@code previous} is what it returned. */
  public static void restore(CallerContext previous) {
    if (previous == null) {
      RESUMED.remove();
    } else {
      RESUMED.set(previous);
    }
  }

  String mdcValue(String key) {
    return key == null ? null : mdc.get(key);
  }

  List<FlagEvaluation> flags() {
    return flags;
  }

  public boolean isEmpty() {
    return this == EMPTY;
  }
}

package io.driftwatch.bootstrap;

/**
 * What the public {@code io.driftwatch.api.QualityScores} calls, found by name on the bootstrap
 * class path; absent when no agent is attached. JDK types only.
 */
public final class QualityBridge {

  /** Implemented inside the agent class loader. */
  public interface Hooks {
    void record(String responseId, String evaluationName, double score, String label, String explanation);
  }

  private static volatile Hooks hooks;

  private QualityBridge() {}

  public static void install(Hooks installed) {
    hooks = installed;
  }

  public static void record(String responseId, String evaluationName, double score, String label, String explanation) {
    Hooks current = hooks;
    if (current != null) {
      try {
        current.record(responseId, evaluationName, score, label, explanation);
      } catch (Throwable ignored) {
        // a score the agent cannot take is dropped, never thrown at the application
      }
    }
  }
}

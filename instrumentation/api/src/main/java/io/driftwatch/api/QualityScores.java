package io.driftwatch.api;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Attaches a quality score (LLM-as-judge, golden-set similarity, user feedback) to an LLM call,
 * identified by the provider's response id ({@code gen_ai.response.id}), after the fact. The
 * agent exports it as a {@code gen_ai.evaluation.result} event under the call's span and as the
 * {@code driftwatch.llm.quality.score} histogram. Without the agent attached, calls do nothing.
 */
public final class QualityScores {

  private static final MethodHandle RECORD = findAgent();

  private QualityScores() {}

  /** @param score by convention from 0 (bad) to 1 (good) */
  public static void record(String responseId, String evaluationName, double score) {
    record(responseId, evaluationName, score, null, null);
  }

  /**
   * @param label a short verdict such as "relevant" or "hallucinated", or null
   * @param explanation why, or null; truncated by the agent
   */
  public static void record(String responseId, String evaluationName, double score, String label, String explanation) {
    if (RECORD == null || responseId == null || evaluationName == null) {
      return;
    }
    try {
      RECORD.invokeExact(responseId, evaluationName, score, label, explanation);
    } catch (Throwable ignored) {
      // scoring must never break the application
    }
  }

  private static MethodHandle findAgent() {
    try {
      Class<?> bridge = Class.forName("io.driftwatch.bootstrap.QualityBridge", true, null);
      return MethodHandles.publicLookup().findStatic(bridge, "record", MethodType.methodType(void.class,
          String.class, String.class, double.class, String.class, String.class));
    } catch (ReflectiveOperationException | LinkageError | SecurityException noAgent) {
      return null;
    }
  }
}

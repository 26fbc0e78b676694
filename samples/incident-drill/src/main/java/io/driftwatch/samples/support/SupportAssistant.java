package io.driftwatch.samples.support;

import java.util.List;

/**
 * Answers one customer question with retrieval, through some LLM SDK. Each sample app has one; the
 * {@link SupportCommandLoop} calls it on the thread that reads the commands.
 */
public interface SupportAssistant {

  /** The MDC key a log pattern (and anything else reading the MDC) finds the prompt version under. */
  String PROMPT_VERSION_MDC_KEY = "prompt.version";

  /** What one question led to; {@code failure} (the exception's simple name) is null when the model answered. */
  record Outcome(RetrievalDepth depth, int chunks, String answer, String failure) {}

  /**
   * @param orderFacts    what the order-lookup tool said ({@link OrderLookup}), null without a tool
   * @param promptVersion the system prompt to use ({@link SystemPrompts})
   * @param structured    ask for a JSON answer: {"answer": string, "confidence": high|medium|low}
   */
  Outcome answer(String question, String orderFacts, String promptVersion, boolean structured);

  /**
   * The user turn: the retrieved chunks, the order facts if any, then the question. The system
   * prompt stays one template.
   */
  static String userMessage(String question, List<String> chunks, String orderFacts) {
    return "Support articles:\n---\n" + String.join("\n---\n", chunks) + "\n---\n\n"
        + (orderFacts == null ? "" : "Order: " + orderFacts + "\n\n") + "Customer question: " + question;
  }
}

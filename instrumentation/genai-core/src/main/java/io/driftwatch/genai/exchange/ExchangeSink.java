package io.driftwatch.genai.exchange;

/** Receives finished exchanges for analysis; must never block the calling application thread. */
public interface ExchangeSink {
  void submit(LlmExchange exchange);

  /** Watches a streamed exchange so one the application abandons is still ended; non-blocking. */
  default void watch(LlmExchange exchange) {}
}

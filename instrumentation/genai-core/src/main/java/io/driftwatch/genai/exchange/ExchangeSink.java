package io.driftwatch.genai.exchange;

/** Receives finished exchanges for analysis; must never block the calling application thread. */
@FunctionalInterface
public interface ExchangeSink {
  void submit(LlmExchange exchange);
}

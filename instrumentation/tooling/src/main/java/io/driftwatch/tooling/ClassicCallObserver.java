package io.driftwatch.tooling;

import io.driftwatch.genai.exchange.LlmExchange;

/**
 * What a helper defined next to the application's blocking HTTP client does with that library's
 * types; the agent side sees only this interface. Implementations may throw; the hooks catch.
 */
public interface ClassicCallObserver {

  /** Starts an exchange for an LLM call, or returns null for any other request. */
  LlmExchange start(Object target, Object request);

  /** Records the response head and returns the response with its body observed. */
  Object observe(Object response, LlmExchange exchange);

  /** The call returned or threw: undo what {@link #start} changed on the application's request. */
  default void finished(Object request) {}
}

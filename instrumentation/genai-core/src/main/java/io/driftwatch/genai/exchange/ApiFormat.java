package io.driftwatch.genai.exchange;

/** The request/response shape of an LLM API; each provider defines its own. */
public interface ApiFormat {

  /** The {@code gen_ai.operation.name} value for calls in this format. */
  String operationName();
}

package io.driftwatch.genai.detect;

/** The request/response shape of an LLM API, which decides the parser and the operation name. */
public enum WireFormat {
  OPENAI_CHAT("chat"),
  OPENAI_RESPONSES("chat"),
  OPENAI_COMPLETIONS("text_completion"),
  OPENAI_EMBEDDINGS("embeddings"),
  ANTHROPIC_MESSAGES("chat");

  private final String operationName;

  WireFormat(String operationName) {
    this.operationName = operationName;
  }

  /** The {@code gen_ai.operation.name} value for calls in this format. */
  public String operationName() {
    return operationName;
  }
}

package io.driftwatch.genai.providers.openai;

import io.driftwatch.genai.providers.Framing;
import io.driftwatch.genai.providers.ProviderFormat;
import io.driftwatch.genai.providers.ProviderParser;
import io.driftwatch.genai.providers.StreamAccumulator;

/** OpenAI's API shapes, which most other providers and gateways also speak. */
public enum OpenAiFormat implements ProviderFormat {
  OPENAI_CHAT("chat", new OpenAiChatParser()),
  OPENAI_RESPONSES("chat", new OpenAiResponsesParser()),
  OPENAI_COMPLETIONS("text_completion", OPENAI_CHAT.parser),
  OPENAI_EMBEDDINGS(EMBEDDINGS, new OpenAiEmbeddingsParser());

  private final String operationName;
  private final ProviderParser parser;

  OpenAiFormat(String operationName, ProviderParser parser) {
    this.operationName = operationName;
    this.parser = parser;
  }

  @Override
  public String operationName() {
    return operationName;
  }

  @Override
  public ProviderParser parser() {
    return parser;
  }

  @Override
  public StreamAccumulator newStreamAccumulator(Framing framing) {
    if (framing != Framing.SSE) {
      return null;
    }
    switch (this) {
      case OPENAI_CHAT:
      case OPENAI_COMPLETIONS:
        return new OpenAiChatStreamAccumulator();
      case OPENAI_RESPONSES:
        return new OpenAiResponsesStreamAccumulator();
      default:
        return null;
    }
  }
}

package io.driftwatch.genai.providers.ollama;

import io.driftwatch.genai.providers.Framing;
import io.driftwatch.genai.providers.ProviderFormat;
import io.driftwatch.genai.providers.ProviderParser;
import io.driftwatch.genai.providers.StreamAccumulator;

/** Ollama's native API; streamed as NDJSON unless the request says {@code "stream": false}. */
public enum OllamaFormat implements ProviderFormat {
  /** {@code /api/chat}. */
  OLLAMA_CHAT("chat", new OllamaChatParser()),
  /** {@code /api/generate}. */
  OLLAMA_GENERATE("text_completion", new OllamaGenerateParser()),
  /** {@code /api/embed} and the legacy {@code /api/embeddings}. */
  OLLAMA_EMBED(EMBEDDINGS, new OllamaEmbedParser());

  private final String operationName;
  private final ProviderParser parser;

  OllamaFormat(String operationName, ProviderParser parser) {
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
    return framing == Framing.NDJSON && this != OLLAMA_EMBED ? new OllamaStreamAccumulator(parser) : null;
  }
}

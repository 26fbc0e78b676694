package io.driftwatch.genai.providers.gemini;

import io.driftwatch.genai.providers.Framing;
import io.driftwatch.genai.providers.ProviderFormat;
import io.driftwatch.genai.providers.ProviderParser;
import io.driftwatch.genai.providers.StreamAccumulator;

/** Gemini and Vertex AI {@code models/{model}:method} calls; the request body names no model. */
public enum GeminiFormat implements ProviderFormat {
  /** {@code models/{model}:generateContent}. */
  GEMINI_GENERATE_CONTENT("generate_content", new GeminiGenerateContentParser(false)),
  /** {@code models/{model}:streamGenerateContent}, answered as SSE with {@code alt=sse}. */
  GEMINI_STREAM_GENERATE_CONTENT("generate_content", new GeminiGenerateContentParser(true)),
  /** {@code :embedContent} and {@code :batchEmbedContents}. */
  GEMINI_EMBED_CONTENT(EMBEDDINGS, new GeminiEmbedContentParser());

  private final String operationName;
  private final ProviderParser parser;

  GeminiFormat(String operationName, ProviderParser parser) {
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
    return framing == Framing.SSE && this != GEMINI_EMBED_CONTENT ? new GeminiStreamAccumulator() : null;
  }
}

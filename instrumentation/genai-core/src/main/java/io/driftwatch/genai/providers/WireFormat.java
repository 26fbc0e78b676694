package io.driftwatch.genai.providers;

import io.driftwatch.genai.exchange.ApiFormat;

/** The request/response shape of an LLM API, which decides the parser and the operation name. */
public enum WireFormat implements ApiFormat {
  OPENAI_CHAT("chat"),
  OPENAI_RESPONSES("chat"),
  OPENAI_COMPLETIONS("text_completion"),
  OPENAI_EMBEDDINGS("embeddings"),
  ANTHROPIC_MESSAGES("chat"),
  /** Gemini / Vertex AI {@code models/{model}:generateContent}. */
  GEMINI_GENERATE_CONTENT("generate_content"),
  /** Gemini / Vertex AI {@code models/{model}:streamGenerateContent}, answered as SSE with {@code alt=sse}. */
  GEMINI_STREAM_GENERATE_CONTENT("generate_content"),
  /** Gemini {@code :embedContent} and {@code :batchEmbedContents}. */
  GEMINI_EMBED_CONTENT("embeddings"),
  /** Ollama {@code /api/chat}; streamed as NDJSON unless the request says {@code "stream": false}. */
  OLLAMA_CHAT("chat"),
  /** Ollama {@code /api/generate}. */
  OLLAMA_GENERATE("text_completion"),
  /** Ollama {@code /api/embed} and the legacy {@code /api/embeddings}. */
  OLLAMA_EMBED("embeddings"),
  /** Amazon Bedrock {@code /model/{modelId}/converse}. */
  BEDROCK_CONVERSE("chat"),
  /** Amazon Bedrock {@code /model/{modelId}/converse-stream}, answered as an AWS event stream. */
  BEDROCK_CONVERSE_STREAM("chat"),
  /** Amazon Bedrock {@code /model/{modelId}/invoke}: the model's own body format (Anthropic's is read). */
  BEDROCK_INVOKE("chat"),
  /** Amazon Bedrock {@code /model/{modelId}/invoke-with-response-stream}: the model's events in base64 chunks. */
  BEDROCK_INVOKE_STREAM("chat");

  private final String operationName;

  WireFormat(String operationName) {
    this.operationName = operationName;
  }

  @Override
  public String operationName() {
    return operationName;
  }

  /** Formats whose request body says no model: the model is read from the URL path. */
  public boolean isGemini() {
    return this == GEMINI_GENERATE_CONTENT || this == GEMINI_STREAM_GENERATE_CONTENT || this == GEMINI_EMBED_CONTENT;
  }

  public boolean isBedrock() {
    return this == BEDROCK_CONVERSE || this == BEDROCK_CONVERSE_STREAM || this == BEDROCK_INVOKE
        || this == BEDROCK_INVOKE_STREAM;
  }

  public boolean isOpenAi() {
    return this == OPENAI_CHAT || this == OPENAI_RESPONSES || this == OPENAI_COMPLETIONS || this == OPENAI_EMBEDDINGS;
  }

  public boolean isOllama() {
    return this == OLLAMA_CHAT || this == OLLAMA_GENERATE || this == OLLAMA_EMBED;
  }
}

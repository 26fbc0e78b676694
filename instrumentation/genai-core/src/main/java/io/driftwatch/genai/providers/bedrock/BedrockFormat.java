package io.driftwatch.genai.providers.bedrock;

import io.driftwatch.genai.providers.Framing;
import io.driftwatch.genai.providers.ProviderFormat;
import io.driftwatch.genai.providers.ProviderParser;
import io.driftwatch.genai.providers.StreamAccumulator;

/** Amazon Bedrock runtime calls under {@code /model/{modelId}/...}. */
public enum BedrockFormat implements ProviderFormat {
  /** {@code /converse}. */
  BEDROCK_CONVERSE(new BedrockConverseParser(false)),
  /** {@code /converse-stream}, answered as an AWS event stream. */
  BEDROCK_CONVERSE_STREAM(new BedrockConverseParser(true)),
  /** {@code /invoke}: the model's own body format (Anthropic's is read). */
  BEDROCK_INVOKE(new BedrockInvokeParser(false)),
  /** {@code /invoke-with-response-stream}: the model's events in base64 chunks. */
  BEDROCK_INVOKE_STREAM(new BedrockInvokeParser(true)),
  /** {@code /invoke} of an embedding model (Amazon Titan Embeddings, Cohere Embed). */
  BEDROCK_INVOKE_EMBEDDINGS(EMBEDDINGS, new BedrockEmbedParser());

  private final String operationName;
  private final ProviderParser parser;

  BedrockFormat(ProviderParser parser) {
    this("chat", parser);
  }

  BedrockFormat(String operationName, ProviderParser parser) {
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
    if (framing != Framing.AWS_EVENT_STREAM) {
      return null;
    }
    if (this == BEDROCK_CONVERSE_STREAM) {
      return new BedrockConverseStreamAccumulator();
    }
    return this == BEDROCK_INVOKE_STREAM ? new BedrockInvokeStreamAccumulator() : null;
  }
}

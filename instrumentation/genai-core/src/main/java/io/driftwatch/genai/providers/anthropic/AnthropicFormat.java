package io.driftwatch.genai.providers.anthropic;

import io.driftwatch.genai.providers.Framing;
import io.driftwatch.genai.providers.ProviderFormat;
import io.driftwatch.genai.providers.ProviderParser;
import io.driftwatch.genai.providers.StreamAccumulator;

/** Anthropic's Messages API. */
public enum AnthropicFormat implements ProviderFormat {
  ANTHROPIC_MESSAGES;

  private static final ProviderParser PARSER = new AnthropicMessagesParser();

  @Override
  public String operationName() {
    return "chat";
  }

  @Override
  public ProviderParser parser() {
    return PARSER;
  }

  @Override
  public StreamAccumulator newStreamAccumulator(Framing framing) {
    return framing == Framing.SSE ? new AnthropicStreamAccumulator() : null;
  }
}

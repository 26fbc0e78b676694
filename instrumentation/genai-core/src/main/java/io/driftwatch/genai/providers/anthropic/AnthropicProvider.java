package io.driftwatch.genai.providers.anthropic;

import io.driftwatch.genai.exchange.ApiFormat;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.providers.Provider;
import io.driftwatch.genai.providers.ProviderFormat;
import io.driftwatch.genai.providers.openai.OpenAiFormat;

/** Anthropic: the Messages API, and an OpenAI-compatible chat endpoint for the OpenAI SDKs. */
public final class AnthropicProvider implements Provider {

  private static final String ANTHROPIC = "anthropic";
  private static final String VERSION_HEADER = "anthropic-version";

  @Override
  public ProviderFormat formatOf(String path) {
    return path.endsWith("/messages") && !path.endsWith("/threads/messages") ? AnthropicFormat.ANTHROPIC_MESSAGES : null;
  }

  @Override
  public String hostedName(String host, String path) {
    return host.equalsIgnoreCase("api.anthropic.com") ? ANTHROPIC : null;
  }

  @Override
  public boolean serves(String hostedName, ApiFormat format) {
    return format == AnthropicFormat.ANTHROPIC_MESSAGES || format == OpenAiFormat.OPENAI_CHAT;
  }

  /** {@code /messages} is a common path; on an unknown host only Anthropic's version header makes it Anthropic's. */
  @Override
  public String nameByPath(ApiFormat format, String path, HeaderLookup headers) {
    return headers != null && headers.get(VERSION_HEADER) != null ? ANTHROPIC : null;
  }
}

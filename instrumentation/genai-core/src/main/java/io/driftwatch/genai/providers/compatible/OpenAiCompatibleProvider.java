package io.driftwatch.genai.providers.compatible;

import io.driftwatch.genai.exchange.ApiFormat;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.providers.Provider;
import io.driftwatch.genai.providers.ProviderFormat;
import io.driftwatch.genai.providers.anthropic.AnthropicFormat;
import io.driftwatch.genai.providers.openai.OpenAiFormat;

/**
 * Providers with an API of no shape of their own: their hosts answer OpenAI's formats (and, for
 * xAI, Anthropic's Messages too). Recognised by host; any other OpenAI-compatible server is found
 * by its path.
 */
public final class OpenAiCompatibleProvider implements Provider {

  private static final String X_AI = "x_ai";

  @Override
  public ProviderFormat formatOf(String path) {
    return null;
  }

  @Override
  public String hostedName(String host, String path) {
    if (host.equalsIgnoreCase("api.mistral.ai")) {
      return "mistral_ai";
    }
    if (host.equalsIgnoreCase("api.deepseek.com")) {
      return "deepseek";
    }
    if (host.equalsIgnoreCase("api.groq.com")) {
      return "groq";
    }
    return host.equalsIgnoreCase("api.x.ai") ? X_AI : null;
  }

  @Override
  public boolean serves(String hostedName, ApiFormat format) {
    return format instanceof OpenAiFormat || X_AI.equals(hostedName) && format == AnthropicFormat.ANTHROPIC_MESSAGES;
  }

  @Override
  public String nameByPath(ApiFormat format, String path, HeaderLookup headers) {
    return null;
  }
}

package io.driftwatch.genai.providers.openai;

import io.driftwatch.genai.exchange.ApiFormat;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.providers.HostNames;
import io.driftwatch.genai.providers.Provider;
import io.driftwatch.genai.providers.ProviderFormat;

/** OpenAI, and Azure OpenAI, which serves the same API under its own hosts and deployment paths. */
public final class OpenAiProvider implements Provider {

  public static final String OPENAI = "openai";
  public static final String AZURE_OPENAI = "azure.ai.openai";
  /** Azure AI Foundry hosts also serve the model-inference API under {@code /models/...}. */
  public static final String AZURE_AI_INFERENCE = "azure.ai.inference";
  private static final String AZURE_DEPLOYMENTS = "/openai/deployments/";

  @Override
  public ProviderFormat formatOf(String path) {
    if (path.endsWith("/chat/completions")) {
      return OpenAiFormat.OPENAI_CHAT;
    }
    if (path.endsWith("/responses")) {
      return OpenAiFormat.OPENAI_RESPONSES;
    }
    if (path.endsWith("/embeddings")) {
      return OpenAiFormat.OPENAI_EMBEDDINGS;
    }
    return path.endsWith("/completions") ? OpenAiFormat.OPENAI_COMPLETIONS : null;
  }

  @Override
  public String hostedName(String host, String path) {
    if (host.equalsIgnoreCase("api.openai.com")) {
      return OPENAI;
    }
    if (HostNames.endsWith(host, ".openai.azure.com") || HostNames.endsWith(host, ".cognitiveservices.azure.com")
        || HostNames.endsWith(host, ".services.ai.azure.com")) {
      return path.startsWith("/models/") ? AZURE_AI_INFERENCE : AZURE_OPENAI;
    }
    return null;
  }

  @Override
  public boolean serves(String hostedName, ApiFormat format) {
    return format instanceof OpenAiFormat;
  }

  @Override
  public String nameByPath(ApiFormat format, String path, HeaderLookup headers) {
    return OPENAI;
  }

  @Override
  public String pathModel(String providerName, ApiFormat format, String path) {
    return AZURE_OPENAI.equals(providerName) ? azureDeployment(path) : null;
  }

  /** {@code my-gpt4o} from {@code /openai/deployments/my-gpt4o/chat/completions}; null for {@code /openai/v1/...}. */
  static String azureDeployment(String path) {
    int start = path.indexOf(AZURE_DEPLOYMENTS);
    if (start < 0) {
      return null;
    }
    start += AZURE_DEPLOYMENTS.length();
    int end = path.indexOf('/', start);
    return end > start ? path.substring(start, end) : null;
  }
}

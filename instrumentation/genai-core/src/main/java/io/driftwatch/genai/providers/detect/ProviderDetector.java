package io.driftwatch.genai.providers.detect;

import io.driftwatch.genai.config.EndpointRule;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.exchange.ProviderProtocols;
import io.driftwatch.genai.exchange.StreamListener;
import io.driftwatch.genai.providers.Provider;
import io.driftwatch.genai.providers.ProviderFormat;
import io.driftwatch.genai.providers.anthropic.AnthropicProvider;
import io.driftwatch.genai.providers.bedrock.BedrockProvider;
import io.driftwatch.genai.providers.compatible.OpenAiCompatibleProvider;
import io.driftwatch.genai.providers.gemini.GeminiProvider;
import io.driftwatch.genai.providers.ollama.OllamaProvider;
import io.driftwatch.genai.providers.openai.OpenAiProvider;
import io.driftwatch.genai.providers.stream.StreamObserver;
import java.util.List;

/**
 * Decides from host, port, path and headers alone whether a request is an LLM call. Runs on the
 * application thread for every HTTP request, so it only compares strings and never allocates
 * for requests it ignores.
 */
public final class ProviderDetector implements ProviderProtocols {

  /**
   * Every provider, one line each. The order settles paths two providers could claim: Ollama's
   * {@code /api/embeddings} before OpenAI's {@code /embeddings}.
   */
  private static final Provider[] PROVIDERS = {
      new OllamaProvider(),
      new OpenAiProvider(),
      new AnthropicProvider(),
      new BedrockProvider(),
      new GeminiProvider(),
      new OpenAiCompatibleProvider(),
  };

  private final List<EndpointRule> extraEndpoints;
  private final boolean detectByPath;

  public ProviderDetector(List<EndpointRule> extraEndpoints, boolean detectByPath) {
    this.extraEndpoints = List.copyOf(extraEndpoints);
    this.detectByPath = detectByPath;
  }

  @Override
  public LlmEndpoint detect(String host, int port, String path, HeaderLookup headers) {
    if (host == null || path == null) {
      return null;
    }
    String trimmedPath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    Provider owner = null;
    ProviderFormat format = null;
    for (int i = 0; i < PROVIDERS.length && format == null; i++) {
      owner = PROVIDERS[i];
      format = owner.formatOf(trimmedPath);
    }
    if (format == null) {
      return null;
    }
    for (Provider hostProvider : PROVIDERS) {
      String hostedName = hostProvider.hostedName(host, trimmedPath);
      if (hostedName != null) {
        return hostProvider.serves(hostedName, format) ? endpoint(owner, hostedName, format, trimmedPath) : null;
      }
    }
    for (EndpointRule rule : extraEndpoints) {
      if (rule.matches(host, port, trimmedPath)) {
        return endpoint(owner, rule.providerName(), format, trimmedPath);
      }
    }
    String byPath = detectByPath ? owner.nameByPath(format, trimmedPath, headers) : null;
    return byPath == null ? null : endpoint(owner, byPath, format, trimmedPath);
  }

  private static LlmEndpoint endpoint(Provider owner, String providerName, ProviderFormat format, String path) {
    return new LlmEndpoint(providerName, format, owner.pathModel(providerName, format, path));
  }

  @Override
  public StreamListener streamFor(LlmEndpoint endpoint, String contentType, long startNanoTime) {
    return StreamObserver.forResponse(endpoint, contentType, startNanoTime);
  }
}

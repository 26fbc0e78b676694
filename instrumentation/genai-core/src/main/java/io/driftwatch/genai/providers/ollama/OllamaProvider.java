package io.driftwatch.genai.providers.ollama;

import io.driftwatch.genai.exchange.ApiFormat;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.providers.Provider;
import io.driftwatch.genai.providers.ProviderFormat;

/** Ollama runs on the user's own hosts, so it is known by its {@code /api/...} paths alone. */
public final class OllamaProvider implements Provider {

  @Override
  public ProviderFormat formatOf(String path) {
    if (path.endsWith("/api/chat")) {
      return OllamaFormat.OLLAMA_CHAT;
    }
    if (path.endsWith("/api/generate")) {
      return OllamaFormat.OLLAMA_GENERATE;
    }
    return path.endsWith("/api/embed") || path.endsWith("/api/embeddings") ? OllamaFormat.OLLAMA_EMBED : null;
  }

  @Override
  public String hostedName(String host, String path) {
    return null;
  }

  @Override
  public boolean serves(String hostedName, ApiFormat format) {
    return false;
  }

  @Override
  public String nameByPath(ApiFormat format, String path, HeaderLookup headers) {
    return "ollama";
  }
}

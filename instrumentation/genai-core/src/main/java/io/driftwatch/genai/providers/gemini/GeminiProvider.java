package io.driftwatch.genai.providers.gemini;

import io.driftwatch.genai.exchange.ApiFormat;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.providers.HostNames;
import io.driftwatch.genai.providers.Provider;
import io.driftwatch.genai.providers.ProviderFormat;
import io.driftwatch.genai.providers.openai.OpenAiFormat;

/** Google's Gemini API and Vertex AI; both hosts also offer an OpenAI-compatible endpoint. */
public final class GeminiProvider implements Provider {

  private static final String GEMINI = "gcp.gemini";
  private static final String VERTEX_AI = "gcp.vertex_ai";

  /** {@code .../models/{model}:generateContent} and its siblings; the method follows the last colon. */
  @Override
  public ProviderFormat formatOf(String path) {
    int colon = path.lastIndexOf(':');
    if (colon <= path.lastIndexOf('/') + 1) {
      return null; // no colon in the last segment, or nothing before it
    }
    if (path.endsWith(":generateContent")) {
      return GeminiFormat.GEMINI_GENERATE_CONTENT;
    }
    if (path.endsWith(":streamGenerateContent")) {
      return GeminiFormat.GEMINI_STREAM_GENERATE_CONTENT;
    }
    if (path.endsWith(":embedContent") || path.endsWith(":batchEmbedContents")) {
      return GeminiFormat.GEMINI_EMBED_CONTENT;
    }
    return null;
  }

  @Override
  public String hostedName(String host, String path) {
    if (host.equalsIgnoreCase("generativelanguage.googleapis.com")) {
      return GEMINI;
    }
    return host.equalsIgnoreCase("aiplatform.googleapis.com") || HostNames.endsWith(host, "-aiplatform.googleapis.com")
        ? VERTEX_AI : null;
  }

  @Override
  public boolean serves(String hostedName, ApiFormat format) {
    return format instanceof GeminiFormat || format instanceof OpenAiFormat;
  }

  @Override
  public String nameByPath(ApiFormat format, String path, HeaderLookup headers) {
    return isVertexPath(path) ? VERTEX_AI : GEMINI;
  }

  @Override
  public String pathModel(String providerName, ApiFormat format, String path) {
    return geminiModel(path);
  }

  /** {@code gemini-2.0-flash} from {@code /v1beta/models/gemini-2.0-flash:generateContent}. */
  static String geminiModel(String path) {
    int colon = path.lastIndexOf(':');
    int slash = path.lastIndexOf('/');
    return colon > slash + 1 ? path.substring(slash + 1, colon) : null;
  }

  /** Vertex AI names project and location in the path: {@code /v1/projects/p/locations/l/publishers/google/models/m}. */
  static boolean isVertexPath(String path) {
    return path.contains("/projects/") && path.contains("/locations/");
  }
}

package io.driftwatch.genai.detect;

import io.driftwatch.genai.config.EndpointRule;
import io.driftwatch.genai.exchange.HeaderLookup;
import java.util.List;

/**
 * Decides from host, port, path and headers alone whether a request is an LLM call. Runs on the
 * application thread for every HTTP request, so it only compares strings and never allocates
 * for requests it ignores.
 */
public final class ProviderDetector {

  private static final String ANTHROPIC_VERSION_HEADER = "anthropic-version";
  private static final String OLLAMA = "ollama";

  private final List<EndpointRule> extraEndpoints;
  private final boolean detectByPath;

  public ProviderDetector(List<EndpointRule> extraEndpoints, boolean detectByPath) {
    this.extraEndpoints = List.copyOf(extraEndpoints);
    this.detectByPath = detectByPath;
  }

  /** @return the endpoint, or {@code null} when the request is not an LLM call we understand */
  public LlmEndpoint detect(String host, int port, String path, HeaderLookup headers) {
    if (host == null || path == null) {
      return null;
    }
    String trimmedPath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    WireFormat format = ApiPaths.formatOf(trimmedPath);
    if (format == null) {
      return null;
    }
    KnownHost known = KnownHost.of(host);
    if (known != null) {
      return known.serves(format) ? endpoint(known.providerName(trimmedPath), format, trimmedPath) : null;
    }
    for (EndpointRule rule : extraEndpoints) {
      if (rule.matches(host, port, trimmedPath)) {
        return endpoint(rule.providerName(), format, trimmedPath);
      }
    }
    if (detectByPath && (format != WireFormat.ANTHROPIC_MESSAGES || hasAnthropicVersion(headers))) {
      return endpoint(pathProvider(format, trimmedPath), format, trimmedPath);
    }
    return null;
  }

  /** The provider a path speaks for when the host is not one we know. */
  private static String pathProvider(WireFormat format, String path) {
    if (format == WireFormat.ANTHROPIC_MESSAGES) {
      return KnownHost.ANTHROPIC.providerName(path);
    }
    if (format.isGemini()) {
      return (ApiPaths.isVertexPath(path) ? KnownHost.VERTEX_AI : KnownHost.GEMINI).providerName(path);
    }
    if (format.isBedrock()) {
      return KnownHost.BEDROCK.providerName(path);
    }
    return format.isOllama() ? OLLAMA : KnownHost.OPENAI.providerName(path);
  }

  private static LlmEndpoint endpoint(String providerName, WireFormat format, String path) {
    return new LlmEndpoint(providerName, format, ApiPaths.pathModel(providerName, format, path));
  }

  private static boolean hasAnthropicVersion(HeaderLookup headers) {
    return headers != null && headers.get(ANTHROPIC_VERSION_HEADER) != null;
  }
}

package io.driftwatch.genai.providers.detect;

import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.providers.WireFormat;

import io.driftwatch.genai.config.EndpointRule;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.exchange.ProviderProtocols;
import io.driftwatch.genai.exchange.StreamListener;
import io.driftwatch.genai.providers.stream.StreamObserver;
import java.util.List;

/**
 * Decides from host, port, path and headers alone whether a request is an LLM call. Runs on the
 * application thread for every HTTP request, so it only compares strings and never allocates
 * for requests it ignores.
 */
public final class ProviderDetector implements ProviderProtocols {

  private static final String ANTHROPIC_VERSION_HEADER = "anthropic-version";
  private static final String OLLAMA = "ollama";

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

  @Override
  public StreamListener streamFor(LlmEndpoint endpoint, String contentType, long startNanoTime) {
    return StreamObserver.forResponse(endpoint, contentType, startNanoTime);
  }
}

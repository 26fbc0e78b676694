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

  private static final String OPENAI_HOST = "api.openai.com";
  private static final String ANTHROPIC_HOST = "api.anthropic.com";
  private static final String ANTHROPIC_VERSION_HEADER = "anthropic-version";

  private static final LlmEndpoint OPENAI_CHAT = new LlmEndpoint("openai", WireFormat.OPENAI_CHAT);
  private static final LlmEndpoint OPENAI_RESPONSES = new LlmEndpoint("openai", WireFormat.OPENAI_RESPONSES);
  private static final LlmEndpoint OPENAI_COMPLETIONS = new LlmEndpoint("openai", WireFormat.OPENAI_COMPLETIONS);
  private static final LlmEndpoint OPENAI_EMBEDDINGS = new LlmEndpoint("openai", WireFormat.OPENAI_EMBEDDINGS);
  private static final LlmEndpoint ANTHROPIC_MESSAGES = new LlmEndpoint("anthropic", WireFormat.ANTHROPIC_MESSAGES);

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
    WireFormat format = formatOf(trimmedPath, headers);
    if (format == null) {
      return null;
    }
    if (OPENAI_HOST.equalsIgnoreCase(host)) {
      return format == WireFormat.ANTHROPIC_MESSAGES ? null : builtIn(format);
    }
    if (ANTHROPIC_HOST.equalsIgnoreCase(host)) {
      return format == WireFormat.ANTHROPIC_MESSAGES ? ANTHROPIC_MESSAGES : null;
    }
    for (EndpointRule rule : extraEndpoints) {
      if (rule.matches(host, port, trimmedPath)) {
        return new LlmEndpoint(rule.providerName(), format);
      }
    }
    if (detectByPath && (format != WireFormat.ANTHROPIC_MESSAGES || hasAnthropicVersion(headers))) {
      return builtIn(format);
    }
    return null;
  }

  private static WireFormat formatOf(String path, HeaderLookup headers) {
    if (path.endsWith("/chat/completions")) {
      return WireFormat.OPENAI_CHAT;
    }
    if (path.endsWith("/responses")) {
      return WireFormat.OPENAI_RESPONSES;
    }
    if (path.endsWith("/embeddings")) {
      return WireFormat.OPENAI_EMBEDDINGS;
    }
    if (path.endsWith("/completions")) {
      return WireFormat.OPENAI_COMPLETIONS;
    }
    if (path.endsWith("/messages") && !path.endsWith("/threads/messages")) {
      return WireFormat.ANTHROPIC_MESSAGES;
    }
    return null;
  }

  private static boolean hasAnthropicVersion(HeaderLookup headers) {
    return headers != null && headers.get(ANTHROPIC_VERSION_HEADER) != null;
  }

  private static LlmEndpoint builtIn(WireFormat format) {
    switch (format) {
      case OPENAI_CHAT:
        return OPENAI_CHAT;
      case OPENAI_RESPONSES:
        return OPENAI_RESPONSES;
      case OPENAI_COMPLETIONS:
        return OPENAI_COMPLETIONS;
      case OPENAI_EMBEDDINGS:
        return OPENAI_EMBEDDINGS;
      default:
        return ANTHROPIC_MESSAGES;
    }
  }

}

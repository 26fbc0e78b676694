package io.driftwatch.genai.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An extra endpoint to treat as an LLM provider, written {@code [provider=]host[:port][/path-prefix]}.
 * {@code *} as host matches any host. The provider name defaults to {@code openai}: such gateways
 * (LiteLLM, vLLM, self-hosted) speak the OpenAI wire format.
 */
public record EndpointRule(String providerName, String host, int port, String pathPrefix) {

  public static final int ANY_PORT = -1;
  private static final String DEFAULT_PROVIDER = "openai";
  private static final Pattern ENTRY =
      Pattern.compile("(?:([a-z0-9_.]+)=)?(\\*|[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:]+\\])(?::(\\d{1,5}))?(/\\S*)?");

  public boolean matches(String requestHost, int requestPort, String requestPath) {
    return ("*".equals(host) || host.equalsIgnoreCase(requestHost))
        && (port == ANY_PORT || port == requestPort)
        && (pathPrefix.isEmpty() || requestPath.startsWith(pathPrefix));
  }

  static List<EndpointRule> parseList(String key, String raw) {
    List<EndpointRule> rules = new ArrayList<>();
    if (raw == null || raw.isBlank()) {
      return List.of();
    }
    for (String entry : raw.split(",")) {
      String trimmed = entry.trim();
      if (!trimmed.isEmpty()) {
        rules.add(parse(key, trimmed));
      }
    }
    return List.copyOf(rules);
  }

  private static EndpointRule parse(String key, String entry) {
    Matcher m = ENTRY.matcher(entry);
    if (!m.matches()) {
      throw new ConfigException(key, "'" + entry + "' is not [provider=]host[:port][/path-prefix]");
    }
    int port = ANY_PORT;
    if (m.group(3) != null) {
      port = Integer.parseInt(m.group(3));
      if (port < 1 || port > 65535) {
        throw new ConfigException(key, "port " + port + " in '" + entry + "' is out of range");
      }
    }
    String provider = m.group(1) == null ? DEFAULT_PROVIDER : m.group(1);
    String path = m.group(4) == null ? "" : stripTrailingSlash(m.group(4));
    if ("*".equals(m.group(2)) && path.isEmpty()) {
      throw new ConfigException(key, "'" + entry + "' matches every request: give a host or a path");
    }
    return new EndpointRule(provider, m.group(2).toLowerCase(Locale.ROOT), port, path);
  }

  private static String stripTrailingSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}

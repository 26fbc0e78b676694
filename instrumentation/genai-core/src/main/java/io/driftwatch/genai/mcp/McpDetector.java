package io.driftwatch.genai.mcp;

import io.driftwatch.genai.config.EndpointRule;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import java.util.List;

/**
 * Recognises requests to MCP servers: the streamable HTTP transport's conventional {@code /mcp}
 * path, the HTTP+SSE transport's {@code /message} and {@code /messages} endpoints, any request
 * carrying the {@code Mcp-Session-Id} or {@code MCP-Protocol-Version} headers the protocol defines,
 * and the hosts the MCP endpoints setting names. A request whose body is not JSON-RPC is dropped
 * quietly at analysis.
 */
public final class McpDetector {

  private static final LlmEndpoint ENDPOINT = new LlmEndpoint(McpFormat.PROVIDER_NAME, McpFormat.JSON_RPC);

  private final List<EndpointRule> configured;

  public McpDetector(List<EndpointRule> configured) {
    this.configured = List.copyOf(configured);
  }

  public LlmEndpoint detect(String host, int port, String path, HeaderLookup headers) {
    if (path.endsWith("/mcp") || path.endsWith("/mcp/message") || path.endsWith("/message")
        || path.endsWith("/messages")) {
      return ENDPOINT;
    }
    for (EndpointRule rule : configured) {
      if (rule.matches(host, port, path)) {
        return ENDPOINT;
      }
    }
    if (headers != null && (headers.get("mcp-session-id") != null || headers.get("mcp-protocol-version") != null)) {
      return ENDPOINT;
    }
    return null;
  }
}

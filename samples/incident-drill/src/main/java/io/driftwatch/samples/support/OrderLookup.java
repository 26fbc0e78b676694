package io.driftwatch.samples.support;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The order-lookup tool on an MCP server (streamable HTTP, {@code MCP_SERVER_URL} + {@code /mcp}),
 * asked before each question, as an agent gathers facts before it calls the model. Without
 * {@code MCP_SERVER_URL} there is no tool and no facts.
 */
public final class OrderLookup implements AutoCloseable {

  public static final String TOOL = "lookup_order";
  /** The line the user message carries when the tool failed: the model answers without the facts. */
  public static final String UNAVAILABLE = "(order details unavailable)";

  private final McpSyncClient client;

  private OrderLookup(McpSyncClient client) {
    this.client = client;
  }

  public static OrderLookup fromEnvironment() {
    String url = System.getenv("MCP_SERVER_URL");
    if (url == null || url.isBlank()) {
      return new OrderLookup(null);
    }
    McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(url).endpoint("/mcp").build())
        .requestTimeout(Duration.ofSeconds(10)).build();
    client.initialize();
    client.listTools();
    return new OrderLookup(client);
  }

  public boolean enabled() {
    return client != null;
  }

  /** The facts for the order of this call, {@link #UNAVAILABLE} when the tool failed, null without a tool. */
  public String factsFor(int callNumber) {
    if (client == null) {
      return null;
    }
    try {
      McpSchema.CallToolResult result = client.callTool(
          new McpSchema.CallToolRequest(TOOL, Map.of("id", "A-" + (1000 + callNumber))));
      if (Boolean.TRUE.equals(result.isError())) {
        return UNAVAILABLE;
      }
      return result.content().stream()
          .filter(McpSchema.TextContent.class::isInstance)
          .map(content -> ((McpSchema.TextContent) content).text())
          .collect(Collectors.joining(" "));
    } catch (RuntimeException e) {
      return UNAVAILABLE;
    }
  }

  @Override
  public void close() {
    if (client != null) {
      client.closeGracefully();
    }
  }
}

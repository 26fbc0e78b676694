package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.samples.otlp.ReceivedMetric;
import io.driftwatch.samples.otlp.ReceivedSpan;
import io.driftwatch.samples.upstream.McpStandInServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientSseClientTransport;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The MCP Java SDK's client (its transports run on the JDK HttpClient) calls tools on the SDK's own
 * server in a loopback Tomcat, with the agent attached: each {@code tools/call} becomes an
 * {@code execute_tool} span, {@code tools/list} notes the tools offered, and the tool metrics count
 * calls and errors per tool. Each test's server has its own port, which is how it finds its spans.
 */
@Tag("conformance")
class McpToolCallsTest {

  private static List<ReceivedSpan> spansFrom(McpStandInServer server, String name, int count) {
    String port = server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1);
    return RECEIVER.awaitSpans(s -> name.equals(s.name()) && port.equals(String.valueOf(s.longAttr("server.port"))),
        count, WAIT);
  }

  private static McpSyncClient streamableClient(McpStandInServer server) {
    return McpClient.sync(HttpClientStreamableHttpTransport.builder(server.baseUrl()).endpoint("/mcp").build())
        .requestTimeout(Duration.ofSeconds(20)).build();
  }

  @Test
  void toolCallsOverStreamableHttpBecomeExecuteToolSpans() throws Exception {
    try (McpStandInServer server = McpStandInServer.streamableHttp()) {
      McpSyncClient client = streamableClient(server);
      try {
        client.initialize();
        McpSchema.ListToolsResult tools = client.listTools();
        McpSchema.CallToolResult result = client.callTool(
            new McpSchema.CallToolRequest(McpStandInServer.SEARCH_DOCS, Map.of("query", "SECRET-QUERY refunds")));
        assertEquals(2, tools.tools().size());
        assertFalse(Boolean.TRUE.equals(result.isError()));
      } finally {
        client.closeGracefully();
      }

      ReceivedSpan call = spansFrom(server, "execute_tool search_docs", 1).get(0);
      assertEquals("CLIENT", call.kind());
      assertEquals("execute_tool", call.stringAttr("gen_ai.operation.name"));
      assertEquals("search_docs", call.stringAttr("gen_ai.tool.name"));
      assertEquals("tools/call", call.stringAttr("mcp.method.name"));
      assertTrue(call.stringAttr("gen_ai.tool.call.id") != null);
      assertNull(call.stringAttr("error.type"));
      assertNull(call.stringAttr("driftwatch.analysis.skipped"), call.attributes().toString());
      assertFalse(call.attributes().toString().contains("SECRET-QUERY"), call.attributes().toString());
      ReceivedSpan list = spansFrom(server, "tools/list", 1).get(0);
      assertEquals(List.of("search_docs", "lookup_order"), list.listAttr("driftwatch.mcp.tools.offered"));
      ReceivedMetric calls = RECEIVER.awaitMetric("driftwatch.tool.calls",
          m -> "search_docs".equals(m.stringAttr("gen_ai.tool.name")), WAIT);
      assertTrue(calls.value() >= 1);
      RECEIVER.awaitMetric("mcp.client.operation.duration", m -> "search_docs".equals(m.stringAttr("gen_ai.tool.name")),
          WAIT);
    }
  }

  @Test
  void aBrokenToolIsAToolErrorSpanAndCountedPerTool() throws Exception {
    try (McpStandInServer server = McpStandInServer.streamableHttp()) {
      server.breakLookup(true);
      McpSyncClient client = streamableClient(server);
      try {
        client.initialize();
        McpSchema.CallToolResult result = client.callTool(
            new McpSchema.CallToolRequest(McpStandInServer.LOOKUP_ORDER, Map.of("id", "A-1")));
        assertTrue(result.isError());
      } finally {
        client.closeGracefully();
      }

      ReceivedSpan call = spansFrom(server, "execute_tool lookup_order", 1).get(0);
      assertEquals("tool_error", call.stringAttr("error.type"));
      assertEquals("ERROR", call.statusCode());
      ReceivedMetric errors = RECEIVER.awaitMetric("driftwatch.tool.calls",
          m -> "lookup_order".equals(m.stringAttr("gen_ai.tool.name")) && "tool_error".equals(m.stringAttr("error.type")),
          WAIT);
      assertTrue(errors.value() >= 1);
    }
  }

  @Test
  void anUnknownToolIsAJsonRpcErrorSpan() throws Exception {
    try (McpStandInServer server = McpStandInServer.streamableHttp()) {
      McpSyncClient client = streamableClient(server);
      try {
        client.initialize();
        assertThrows(RuntimeException.class,
            () -> client.callTool(new McpSchema.CallToolRequest("no_such_tool", Map.of())));
      } finally {
        client.closeGracefully();
      }

      ReceivedSpan call = spansFrom(server, "execute_tool no_such_tool", 1).get(0);
      assertEquals("ERROR", call.statusCode());
      assertTrue(call.stringAttr("error.type").startsWith("-32"), call.stringAttr("error.type"));
    }
  }

  @Test
  void toolCallsOverTheHttpWithSseTransportAreSpansWhoseAnswerTravelsElsewhere() throws Exception {
    try (McpStandInServer server = McpStandInServer.httpWithSse()) {
      McpSyncClient client = McpClient.sync(HttpClientSseClientTransport.builder(server.baseUrl()).sseEndpoint("/sse")
          .build()).requestTimeout(Duration.ofSeconds(20)).build();
      try {
        client.initialize();
        McpSchema.CallToolResult result = client.callTool(
            new McpSchema.CallToolRequest(McpStandInServer.SEARCH_DOCS, Map.of("query", "x")));
        assertFalse(Boolean.TRUE.equals(result.isError()));
      } finally {
        client.closeGracefully();
      }

      ReceivedSpan call = spansFrom(server, "execute_tool search_docs", 1).get(0);
      assertEquals("search_docs", call.stringAttr("gen_ai.tool.name"));
      assertEquals("answer_not_in_exchange", call.stringAttr("driftwatch.analysis.skipped"));
    }
  }
}

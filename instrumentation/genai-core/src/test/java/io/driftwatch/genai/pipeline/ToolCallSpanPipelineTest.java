package io.driftwatch.genai.pipeline;

import static io.driftwatch.genai.testing.AttributeValues.absent;
import static io.driftwatch.genai.testing.AttributeValues.string;
import static io.driftwatch.genai.testing.AttributeValues.strings;
import static io.driftwatch.genai.testing.AttributeValues.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.testing.Exchanges;
import io.driftwatch.genai.testing.Telemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Given MCP JSON-RPC over the streamable HTTP transport, these execute_tool spans and tool metrics. */
class ToolCallSpanPipelineTest {

  private static final String CALL = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\","
      + "\"params\":{\"name\":\"search_docs\",\"arguments\":{\"query\":\"SECRET-ARGUMENT\"}}}";

  private final Pipeline pipeline = Pipeline.withDefaults();

  @AfterEach
  void close() {
    pipeline.close();
  }

  private static LlmExchange post(String body) {
    return Exchanges.start("127.0.0.1", 8931, "/mcp", HeaderLookup.NONE, Exchanges.TRACEPARENT, Exchanges.utf8(body));
  }

  private static void respondEvents(LlmExchange exchange, String events) {
    exchange.onResponseHead(200, Exchanges.EVENT_STREAM, -1);
    exchange.onResponseBytes(ByteBuffer.wrap(Exchanges.utf8(events)));
    exchange.complete();
  }

  @Test
  void toolsCallAnsweredAsJsonIsAnExecuteToolSpan() {
    Exchanges.respond(post(CALL), 200, Exchanges.utf8("{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{\"content\":"
        + "[{\"type\":\"text\",\"text\":\"SECRET-RESULT\"}],\"isError\":false}}"));

    SpanData span = pipeline.finish().onlySpan();
    assertEquals("execute_tool search_docs", span.getName());
    assertEquals(SpanKind.CLIENT, span.getKind());
    assertEquals("execute_tool", string(span.getAttributes(), "gen_ai.operation.name"));
    assertEquals("search_docs", string(span.getAttributes(), "gen_ai.tool.name"));
    assertEquals("7", string(span.getAttributes(), "gen_ai.tool.call.id"));
    assertEquals("tools/call", string(span.getAttributes(), "mcp.method.name"));
    assertTrue(absent(span.getAttributes(), "error.type"));
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    assertFalse(span.getAttributes().toString().contains("SECRET"), span.getAttributes().toString());
  }

  @Test
  void toolsCallAnsweredInAnEventStreamWithIsErrorIsAToolError() {
    respondEvents(post(CALL), "event: message\nid: 1\ndata: {\"jsonrpc\":\"2.0\",\"id\":7,\"result\":"
        + "{\"content\":[{\"type\":\"text\",\"text\":\"boom\"}],\"isError\":true}}\n\n");

    Telemetry telemetry = pipeline.finish();
    SpanData span = telemetry.onlySpan();
    assertEquals("tool_error", string(span.getAttributes(), "error.type"));
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    LongPointData calls = List.copyOf(telemetry.metric("driftwatch.tool.calls").getLongSumData().getPoints()).get(0);
    assertEquals("search_docs", string(calls.getAttributes(), "gen_ai.tool.name"));
    assertEquals("tool_error", string(calls.getAttributes(), "error.type"));
    assertEquals(1, telemetry.histogramPoints("mcp.client.operation.duration").get(0).getCount());
  }

  @Test
  void jsonRpcErrorGivesItsCodeAsErrorType() {
    Exchanges.respond(post(CALL), 200, Exchanges.utf8(
        "{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":{\"code\":-32602,\"message\":\"Unknown tool: search_docs\"}}"));

    SpanData span = pipeline.finish().onlySpan();
    assertEquals("-32602", string(span.getAttributes(), "error.type"));
    assertEquals("Unknown tool: search_docs", span.getStatus().getDescription());
  }

  @Test
  void toolsListNotesTheOfferedTools() {
    Exchanges.respond(post("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\",\"params\":{}}"), 200,
        Exchanges.utf8("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"tools\":[{\"name\":\"search_docs\","
            + "\"inputSchema\":{}},{\"name\":\"get_weather\",\"inputSchema\":{}}]}}"));

    Telemetry telemetry = pipeline.finish();
    SpanData span = telemetry.onlySpan();
    assertEquals("tools/list", span.getName());
    assertEquals(List.of("search_docs", "get_weather"), strings(span.getAttributes(), "driftwatch.mcp.tools.offered"));
    assertEquals(2L, whole(span.getAttributes(), "driftwatch.mcp.tools.offered.count"));
    assertEquals(null, telemetry.metric("driftwatch.tool.calls"));
  }

  @Test
  void initializeAndNotificationsGiveNoSpan() {
    Exchanges.respond(post("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{}}"), 200,
        Exchanges.utf8("{\"jsonrpc\":\"2.0\",\"id\":0,\"result\":{\"protocolVersion\":\"2025-06-18\"}}"));
    Exchanges.respond(post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"), 202, new byte[0]);

    assertEquals(List.of(), pipeline.finish().spans());
  }

  @Test
  void answerOnTheSeparateEventStreamGivesASpanWithoutOutcomeAndNoMetric() {
    Exchanges.respond(post(CALL), 202, new byte[0]);

    Telemetry telemetry = pipeline.finish();
    SpanData span = telemetry.onlySpan();
    assertEquals("execute_tool search_docs", span.getName());
    assertEquals("answer_not_in_exchange", string(span.getAttributes(), "driftwatch.analysis.skipped"));
    assertEquals(null, telemetry.metric("driftwatch.tool.calls"));
  }

  @Test
  void answerWithNeitherResultNorErrorIsCountedAndTheSpanHasNoOutcome() {
    Exchanges.respond(post(CALL), 200, Exchanges.utf8("{\"jsonrpc\":\"2.0\",\"id\":7,\"surprise\":1}"));

    SpanData span = pipeline.finish().onlySpan();
    assertEquals("unknown_shape", string(span.getAttributes(), "driftwatch.analysis.skipped"));
    assertTrue(pipeline.drops.contains("mcp_unknown_shape"), pipeline.drops.toString());
  }

  @Test
  void bodyThatIsNoJsonRpcIsLeftAloneQuietly() {
    Exchanges.respond(post("hello"), 200, Exchanges.utf8("ok"));

    assertEquals(List.of(), pipeline.finish().spans());
    assertEquals(List.of(), pipeline.drops);
  }
}

package io.driftwatch.genai.analysis.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.analysis.UpstreamBodies;
import io.driftwatch.genai.analysis.report.ToolCallReport;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.mcp.JsonRpcMessages;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.util.DropCounter;
import io.driftwatch.genai.util.TelemetryText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the JSON-RPC requests an MCP exchange sent and the answers that came back in the same
 * exchange (JSON or a short event stream). {@code tools/call} and {@code tools/list} become
 * reports; other methods (initialize, notifications, pings) are not. A body that is no JSON-RPC is
 * left alone quietly: the path only suggested MCP.
 */
public final class ToolCallAnalyzer {

  static final String UNKNOWN_SHAPE = "mcp_unknown_shape";
  static final String ANSWER_NOT_IN_EXCHANGE = "answer_not_in_exchange";
  /** Tool names kept from one {@code tools/list} answer. */
  static final int MAX_OFFERED_TOOLS = 64;
  static final int MAX_NAME_CHARS = 128;

  private final UpstreamBodies bodies;
  private final DropCounter drops;

  public ToolCallAnalyzer(DropCounter drops) {
    this.drops = drops;
    this.bodies = new UpstreamBodies(drops);
  }

  public List<ToolCallReport> analyze(LlmExchange exchange) {
    List<JsonNode> toolRequests = new ArrayList<>();
    for (JsonNode request : JsonRpcMessages.ofJson(bodies.request(exchange))) {
      if (isToolMethod(Json.text(request, "method"))) {
        toolRequests.add(request);
      }
    }
    if (toolRequests.isEmpty()) {
      return List.of();
    }
    UpstreamBodies.Body body = bodies.response(exchange);
    Map<String, JsonNode> answers = answersOf(exchange, body);
    List<ToolCallReport> reports = new ArrayList<>(toolRequests.size());
    for (JsonNode request : toolRequests) {
      reports.add(report(exchange, body, request, Json.text(request, "method"), answers));
    }
    return reports;
  }

  private static boolean isToolMethod(String method) {
    return ToolCallReport.METHOD_TOOLS_CALL.equals(method) || ToolCallReport.METHOD_TOOLS_LIST.equals(method);
  }

  private Map<String, JsonNode> answersOf(LlmExchange exchange, UpstreamBodies.Body body) {
    Map<String, JsonNode> answers = new HashMap<>();
    if (body.bytes() == null) {
      return answers;
    }
    String contentType = exchange.responseHeaders() == null ? null : exchange.responseHeaders().contentType();
    List<JsonNode> messages = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("event-stream")
        ? JsonRpcMessages.ofEventStream(body.bytes(), body.length(), bodies::parse)
        : JsonRpcMessages.ofJson(bodies.parse(body.bytes(), body.length()));
    for (JsonNode message : messages) {
      String id = JsonRpcMessages.idOf(message);
      if (id != null && (message.has("result") || message.has("error"))) {
        answers.put(id, message);
      }
    }
    return answers;
  }

  private ToolCallReport report(LlmExchange exchange, UpstreamBodies.Body body, JsonNode request, String method,
      Map<String, JsonNode> answers) {
    String id = JsonRpcMessages.idOf(request);
    JsonNode params = Json.object(request, "params");
    String tool = params == null ? null : TelemetryText.cap(Json.text(params, "name"), MAX_NAME_CHARS);
    JsonNode answer = id == null ? null : answers.get(id);
    String errorType = UpstreamBodies.errorTypeOf(exchange);
    String errorMessage = null;
    String skipped = body.skipped();
    List<String> offered = new ArrayList<>();
    if (answer != null) {
      JsonNode error = Json.object(answer, "error");
      JsonNode result = Json.object(answer, "result");
      if (error != null) {
        errorType = error.get("code") != null ? error.get("code").asText() : "jsonrpc_error";
        errorMessage = TelemetryText.cap(Json.text(error, "message"), MAX_NAME_CHARS * 2);
      } else if (result != null && ToolCallReport.METHOD_TOOLS_CALL.equals(method)) {
        if (Boolean.TRUE.equals(Json.bool(result, "isError"))) {
          errorType = ToolCallReport.TOOL_ERROR;
        }
      } else if (result != null) {
        readOffered(result, offered);
      } else {
        skipped = "unknown_shape";
        drops.count(UNKNOWN_SHAPE, "an MCP answer had neither result nor error; span has no outcome attributes");
      }
    } else if (exchange.statusCode() >= 200 && exchange.statusCode() < 300 && body.bytes() == null) {
      // HTTP+SSE transport: the answer travels on the separate event stream
      skipped = ANSWER_NOT_IN_EXCHANGE;
    } else if (skipped == null && exchange.statusCode() >= 200 && exchange.statusCode() < 300) {
      skipped = "unknown_shape";
      drops.count(UNKNOWN_SHAPE, "an MCP answer did not answer the request it came with; span has no outcome attributes");
    }
    return new ToolCallReport(method, tool, TelemetryText.cap(id, MAX_NAME_CHARS), exchange.serverAddress(),
        exchange.serverPort(), exchange.requestHeaders().traceparent(), exchange.startEpochNanos(),
        exchange.endEpochNanos(), exchange.durationSeconds(), exchange.statusCode(), errorType, errorMessage, offered,
        skipped);
  }

  private void readOffered(JsonNode result, List<String> offered) {
    JsonNode tools = result.get("tools");
    if (tools == null || !tools.isArray()) {
      drops.count(UNKNOWN_SHAPE, "an MCP tools/list answer had no tools array");
      return;
    }
    for (JsonNode tool : tools) {
      String name = tool.isObject() ? Json.text(tool, "name") : null;
      if (name != null && offered.size() < MAX_OFFERED_TOOLS) {
        offered.add(TelemetryText.cap(name, MAX_NAME_CHARS));
      }
    }
  }
}

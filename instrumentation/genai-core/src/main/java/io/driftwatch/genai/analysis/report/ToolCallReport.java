package io.driftwatch.genai.analysis.report;

import java.util.List;

/**
 * One MCP JSON-RPC request as the analysis concluded it: its method, and for {@code tools/call} the
 * tool and how the call ended; for {@code tools/list} the names of the tools offered. Never the
 * arguments or the result.
 *
 * @param callId the JSON-RPC request id, as text
 * @param errorType {@code tool_error} (the tool answered {@code isError}), the JSON-RPC error code,
 *     the HTTP status or the exception class; null on success
 * @param offeredTools for {@code tools/list}: the tool names in the answer, bounded; else empty
 * @param analysisSkipped why the answer was not read, else null
 */
public record ToolCallReport(String method, String toolName, String callId, String serverAddress, int serverPort,
    String traceparent, long startEpochNanos, long endEpochNanos, double durationSeconds, int statusCode,
    String errorType, String errorMessage, List<String> offeredTools, String analysisSkipped) {

  public static final String METHOD_TOOLS_CALL = "tools/call";
  public static final String METHOD_TOOLS_LIST = "tools/list";
  public static final String TOOL_ERROR = "tool_error";

  public ToolCallReport {
    offeredTools = List.copyOf(offeredTools);
  }
}

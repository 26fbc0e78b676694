package io.driftwatch.genai.emit.mcp;

import static io.driftwatch.genai.emit.Catalogue.*;
import static io.driftwatch.genai.emit.SpanAttributes.setIfPresent;
import static io.driftwatch.genai.emit.SpanAttributes.setPortAndStatus;

import io.driftwatch.genai.analysis.report.ToolCallReport;
import io.driftwatch.genai.emit.AttributeValueCap;
import io.driftwatch.genai.emit.Instruments;
import io.driftwatch.genai.emit.RemoteParent;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.util.concurrent.TimeUnit;

/**
 * MCP tool calls as the GenAI conventions' {@code execute_tool {gen_ai.tool.name}} CLIENT spans
 * (with the MCP conventions' {@code mcp.method.name} and {@code jsonrpc.request.id}), and
 * {@code tools/list} as a {@code tools/list} span naming the tools offered. Metrics: tool-call
 * latency, and calls per tool with {@code error.type} on failures, for the error rate.
 */
public final class ToolCallEmitter {

  private static final String EXECUTE_TOOL = "execute_tool";

  private final Tracer tracer;
  private final AttributeValueCap cap;
  private final DoubleHistogram duration;
  private final LongCounter calls;

  public ToolCallEmitter(Tracer tracer, Meter meter, AttributeValueCap cap) {
    this.tracer = tracer;
    this.cap = cap;
    this.duration = Instruments.histogram(meter, TOOL_CALL_DURATION, MCP_DURATION_BUCKETS);
    this.calls = Instruments.counter(meter, TOOL_CALLS);
  }

  public void emit(ToolCallReport report) {
    boolean toolCall = ToolCallReport.METHOD_TOOLS_CALL.equals(report.method());
    String name = toolCall ? (report.toolName() == null ? EXECUTE_TOOL : EXECUTE_TOOL + " " + report.toolName())
        : report.method();
    SpanBuilder builder = tracer.spanBuilder(name)
        .setSpanKind(SpanKind.CLIENT)
        .setParent(RemoteParent.of(report.traceparent()))
        .setStartTimestamp(report.startEpochNanos(), TimeUnit.NANOSECONDS)
        .setAttribute(MCP_METHOD_NAME, report.method());
    if (toolCall) {
      builder.setAttribute(OPERATION_NAME, EXECUTE_TOOL);
      setIfPresent(builder, TOOL_NAME, report.toolName());
      setIfPresent(builder, TOOL_CALL_ID, report.callId());
    } else {
      builder.setAttribute(MCP_TOOLS_OFFERED_COUNT, (long) report.offeredTools().size());
      if (!report.offeredTools().isEmpty()) {
        builder.setAttribute(MCP_TOOLS_OFFERED, report.offeredTools());
      }
    }
    setIfPresent(builder, JSONRPC_REQUEST_ID, report.callId());
    builder.setAttribute(SERVER_ADDRESS, report.serverAddress());
    setPortAndStatus(builder, report.serverPort(), report.statusCode());
    setIfPresent(builder, ERROR_TYPE, report.errorType());
    setIfPresent(builder, ANALYSIS_SKIPPED, report.analysisSkipped());
    Span span = builder.startSpan();
    if (report.errorType() != null) {
      span.setStatus(StatusCode.ERROR, report.errorMessage() != null ? report.errorMessage()
          : report.method() + " failed: " + report.errorType());
    }
    span.end(report.endEpochNanos(), TimeUnit.NANOSECONDS);
    if (toolCall) {
      record(report);
    }
  }

  /** Only calls whose outcome is known: an answer that went to another stream leaves the error rate alone. */
  private void record(ToolCallReport report) {
    if (report.errorType() == null && report.analysisSkipped() != null) {
      return;
    }
    AttributesBuilder attributes = Attributes.builder()
        .put(MCP_METHOD_NAME, report.method())
        .put(TOOL_NAME, cap.admit(TOOL_NAME.getKey(), report.toolName() == null ? "unknown" : report.toolName()))
        .put(SERVER_ADDRESS, cap.admit(SERVER_ADDRESS.getKey(), report.serverAddress()));
    if (report.errorType() != null) {
      attributes.put(ERROR_TYPE, cap.admit(ERROR_TYPE.getKey(), report.errorType()));
    }
    Attributes built = attributes.build();
    duration.record(report.durationSeconds(), built);
    calls.add(1, built.toBuilder().remove(MCP_METHOD_NAME).build());
  }

}

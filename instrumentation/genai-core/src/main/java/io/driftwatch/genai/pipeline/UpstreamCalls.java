package io.driftwatch.genai.pipeline;

import io.driftwatch.genai.analysis.mcp.ToolCallAnalyzer;
import io.driftwatch.genai.analysis.report.RetrievalReport;
import io.driftwatch.genai.analysis.report.ToolCallReport;
import io.driftwatch.genai.analysis.retrieval.RetrievalAnalyzer;
import io.driftwatch.genai.emit.AttributeValueCap;
import io.driftwatch.genai.emit.mcp.ToolCallEmitter;
import io.driftwatch.genai.emit.retrieval.RetrievalEmitter;
import io.driftwatch.genai.exchange.ApiFormat;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.mcp.McpFormat;
import io.driftwatch.genai.retrieval.RetrievalFormat;
import io.driftwatch.genai.util.DropCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Tracer;

/** The calls around the LLM calls (vector-store queries, MCP tool calls): analysed and emitted on the analyzer's thread. */
final class UpstreamCalls {

  private final RetrievalAnalyzer retrieval;
  private final RetrievalEmitter retrievalEmitter;
  private final ToolCallAnalyzer tools;
  private final ToolCallEmitter toolEmitter;

  UpstreamCalls(Tracer tracer, Meter meter, AttributeValueCap cap, DropCounter drops) {
    this.retrieval = new RetrievalAnalyzer(drops);
    this.retrievalEmitter = new RetrievalEmitter(tracer, meter, cap);
    this.tools = new ToolCallAnalyzer(drops);
    this.toolEmitter = new ToolCallEmitter(tracer, meter, cap);
  }

  /** @return false when the exchange is an LLM call, for the LLM pipeline */
  boolean process(LlmExchange exchange) {
    ApiFormat format = exchange.endpoint().format();
    if (format instanceof RetrievalFormat) {
      RetrievalReport report = retrieval.analyze(exchange);
      if (report != null) {
        retrievalEmitter.emit(report);
      }
      return true;
    }
    if (format instanceof McpFormat) {
      for (ToolCallReport report : tools.analyze(exchange)) {
        toolEmitter.emit(report);
      }
      return true;
    }
    return false;
  }
}

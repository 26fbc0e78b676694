package io.driftwatch.genai.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.driftwatch.genai.analysis.report.CallReport;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.ToolCall;

/**
 * A call's report together with its answer, which the report never holds: the answer text, or
 * when the model answered only with tool calls, those calls as a JSON array of
 * {@code {"name", "arguments"}}. In memory only; the replay set stores it redacted.
 *
 * @param answerComplete false when the answer was longer than the analysis keeps
 */
public record AnalyzedCall(CallReport report, String answer, boolean answerComplete) {

  AnalyzedCall(CallReport report, GenAiCall call) {
    this(report, answerOf(call), call.output.isComplete());
  }

  static String answerOf(GenAiCall call) {
    String text = call.output.text();
    if (!text.isBlank() || call.toolCalls.isEmpty()) {
      return text;
    }
    ArrayNode calls = JsonNodeFactory.instance.arrayNode();
    for (ToolCall toolCall : call.toolCalls) {
      calls.addObject().put("name", toolCall.name()).put("arguments", toolCall.arguments());
    }
    return calls.toString();
  }
}

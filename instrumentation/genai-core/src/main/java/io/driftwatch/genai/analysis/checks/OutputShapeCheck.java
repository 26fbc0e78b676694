package io.driftwatch.genai.analysis.checks;

import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.ToolCall;
import java.util.Set;

/**
 * Output length (answer text plus the arguments of the tools it called), empty answers, and
 * truncation (the model stopped at its token limit).
 */
public final class OutputShapeCheck implements CallCheck {

  static final Set<String> TRUNCATION_REASONS = Set.of("length", "max_tokens", "max_output_tokens");

  @Override
  public void check(GenAiCall call, byte[] requestBody, Findings findings) {
    long length = call.output.length();
    for (ToolCall toolCall : call.toolCalls) {
      length += toolCall.length();
    }
    findings.outputLength = length;
    findings.emptyOutput = call.output.text().isBlank() && call.toolCalls.isEmpty() && call.providerRefusal == null;
    findings.truncated = call.finishReasons.stream().anyMatch(TRUNCATION_REASONS::contains);
  }
}

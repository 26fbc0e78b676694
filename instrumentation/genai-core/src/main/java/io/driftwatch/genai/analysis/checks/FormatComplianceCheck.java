package io.driftwatch.genai.analysis.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.StructuredOutputRequest;
import io.driftwatch.genai.providers.ToolCall;
import java.io.IOException;

/**
 * When the request asked for structured output, the answer must be JSON and satisfy the schema
 * the request itself carried; every returned tool call must name a tool the request declared, and
 * its arguments must satisfy that tool's parameter schema. A truncated answer is reported as truncated, not as bad JSON.
 */
public final class FormatComplianceCheck implements CallCheck {

  public static final String NOT_JSON = "not_json";
  public static final String SCHEMA_VIOLATION = "schema_violation";
  public static final String TRUNCATED = "truncated";
  public static final String TOOL_ARGUMENTS_INVALID = "tool_arguments_invalid";
  /** The answer called a tool the request did not declare. */
  public static final String UNDECLARED_TOOL = "undeclared_tool";

  private final ObjectMapper mapper = new ObjectMapper();
  private final JsonSchemaValidation schemas = new JsonSchemaValidation();

  @Override
  public void check(GenAiCall call, byte[] requestBody, Findings findings) {
    StructuredOutputRequest asked = call.structuredOutput;
    if (asked == null || call.providerRefusal != null) {
      return;
    }
    boolean answeredWithTools = !call.toolCalls.isEmpty();
    if (!answeredWithTools && !asked.jsonAnswer()) {
      return; // tools were offered but the model answered in text: nothing structured to check
    }
    if (call.finishReasons.stream().anyMatch(OutputShapeCheck.TRUNCATION_REASONS::contains)) {
      violate(findings, TRUNCATED, null);
      return;
    }
    if (answeredWithTools) {
      checkToolCalls(call, asked, findings);
    } else {
      checkAnswer(call, asked, findings);
    }
    if (findings.formatCompliant == null) {
      findings.formatCompliant = true;
    }
  }

  private void checkAnswer(GenAiCall call, StructuredOutputRequest asked, Findings findings) {
    if (!call.output.isComplete()) {
      return; // too long to check; leave it unchecked rather than guess
    }
    JsonNode answer = parse(call.output.text());
    if (answer == null) {
      violate(findings, NOT_JSON, null);
      return;
    }
    if (asked.answerSchema() != null) {
      String violationPath = schemas.firstViolation(asked.answerSchema(), answer);
      if (violationPath != null) {
        violate(findings, SCHEMA_VIOLATION, violationPath);
      }
    }
  }

  private void checkToolCalls(GenAiCall call, StructuredOutputRequest asked, Findings findings) {
    for (ToolCall toolCall : call.toolCalls) {
      JsonNode schema = asked.toolSchemas().get(toolCall.name());
      if (schema == null && !asked.toolSchemas().isEmpty()) {
        violate(findings, UNDECLARED_TOOL, toolCall.name());
        return;
      }
      JsonNode arguments = toolCall.arguments() == null ? null : parse(toolCall.arguments());
      if (arguments == null) {
        violate(findings, TOOL_ARGUMENTS_INVALID, toolCall.name());
        return;
      }
      String violationPath = schema == null ? null : schemas.firstViolation(schema, arguments);
      if (violationPath != null) {
        violate(findings, TOOL_ARGUMENTS_INVALID, toolCall.name() + violationPath);
        return;
      }
    }
  }

  private JsonNode parse(String text) {
    try {
      JsonNode node = mapper.readTree(text);
      return node == null || node.isMissingNode() ? null : node;
    } catch (IOException e) {
      return null;
    }
  }

  private static void violate(Findings findings, String violation, String path) {
    findings.formatCompliant = false;
    findings.formatViolation = violation;
    findings.formatViolationPath = path;
  }
}

package io.driftwatch.genai.providers.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.providers.ToolCall;

/**
 * What every Ollama answer object carries, whole or as one NDJSON line: the model, and on the
 * final object ({@code "done": true}) the done reason and token counts. Fields are written only
 * when present, so a stream's lines can be read one after another into one call.
 */
final class OllamaResponses {

  private OllamaResponses() {}

  static void readCommon(JsonNode response, GenAiCall call) {
    String model = Json.text(response, "model");
    if (model != null) {
      call.responseModel = model;
    }
    String doneReason = Json.text(response, "done_reason");
    if (doneReason != null && !doneReason.isEmpty()) {
      call.finishReasons.add(doneReason);
    }
    Long promptEvalCount = Json.whole(response, "prompt_eval_count");
    if (promptEvalCount != null) {
      call.inputTokens = promptEvalCount;
    }
    Long evalCount = Json.whole(response, "eval_count");
    if (evalCount != null) {
      call.outputTokens = evalCount;
    }
  }

  /** An answer's tool calls: {@code [{"function": {"name": ..., "arguments": {...}}}]}, arguments as an object. */
  static void readToolCalls(JsonNode toolCalls, GenAiCall call) {
    for (JsonNode toolCall : toolCalls) {
      JsonNode function = Json.object(toolCall, "function");
      if (function != null) {
        JsonNode arguments = function.get("arguments");
        String argumentsText = arguments == null ? null : arguments.isTextual() ? arguments.asText() : arguments.toString();
        call.toolCalls.add(new ToolCall(Json.text(toolCall, "id"), Json.text(function, "name"), argumentsText));
      }
    }
  }

  /**
   * Ollama's errors are a sentence ({@code {"error": "model 'x' not found"}}), not a code, so
   * nothing of them is exported.
   */
  static void readError(JsonNode body, GenAiCall call) {
    // deliberately empty: the HTTP status is the error type
  }
}

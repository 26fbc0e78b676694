package io.driftwatch.genai.providers.openai;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.providers.PromptTemplates;
import io.driftwatch.genai.providers.ProviderParser;
import io.driftwatch.genai.providers.StructuredOutputs;
import io.driftwatch.genai.providers.ToolCall;

/** OpenAI Responses API ({@code /v1/responses}). */
public final class OpenAiResponsesParser implements ProviderParser {

  @Override
  public void readRequest(JsonNode request, GenAiCall call) {
    call.requestModel = Json.text(request, "model");
    call.maxTokens = Json.whole(request, "max_output_tokens");
    call.temperature = Json.decimal(request, "temperature");
    call.topP = Json.decimal(request, "top_p");
    call.stream = Json.bool(request, "stream");
    call.requestServiceTier = Json.text(request, "service_tier");
    call.previousResponseId = Json.text(request, "previous_response_id");
    JsonNode format = Json.object(Json.object(request, "text"), "format");
    if (format != null) {
      String type = Json.text(format, "type");
      call.outputType = "json_object".equals(type) || "json_schema".equals(type) ? "json" : "text";
    }
    call.structuredOutput = StructuredOutputs.of(format, f -> StructuredOutputs.objectOrNull(f.get("schema")),
        request.get("tools"), tool -> Json.text(tool, "name"), tool -> tool.get("parameters"));
    StringBuilder template = new StringBuilder();
    PromptTemplates.appendText(request.get("instructions"), template);
    PromptTemplates.appendInstructionMessages(request.get("input"), template);
    PromptTemplates.appendTools(request.get("tools"), template);
    call.promptTemplate = PromptTemplates.orNull(template);
  }

  @Override
  public void readResponse(JsonNode response, GenAiCall call) {
    call.responseId = Json.text(response, "id");
    call.responseModel = Json.text(response, "model");
    call.responseServiceTier = Json.text(response, "service_tier");
    readOutput(response.get("output"), call);
    String finishReason = finishReasonOf(response);
    if (finishReason != null) {
      call.finishReasons.add(finishReason);
    }
    JsonNode usage = Json.object(response, "usage");
    if (usage != null) {
      call.inputTokens = Json.whole(usage, "input_tokens");
      call.outputTokens = Json.whole(usage, "output_tokens");
      JsonNode inputDetails = Json.object(usage, "input_tokens_details");
      if (inputDetails != null) {
        call.cacheReadInputTokens = Json.whole(inputDetails, "cached_tokens");
      }
      JsonNode outputDetails = Json.object(usage, "output_tokens_details");
      if (outputDetails != null) {
        call.reasoningOutputTokens = Json.whole(outputDetails, "reasoning_tokens");
      }
    }
  }

  private static void readOutput(JsonNode output, GenAiCall call) {
    if (output == null || !output.isArray()) {
      return;
    }
    for (JsonNode item : output) {
      String type = Json.text(item, "type");
      if ("function_call".equals(type)) {
        call.toolCalls.add(new ToolCall(Json.text(item, "call_id"), Json.text(item, "name"),
            Json.text(item, "arguments")));
      } else if ("message".equals(type) && item.get("content") != null) {
        for (JsonNode part : item.get("content")) {
          String partType = Json.text(part, "type");
          if ("output_text".equals(partType)) {
            call.output.append(Json.text(part, "text"));
          } else if ("refusal".equals(partType)) {
            call.providerRefusal = "refusal";
          }
        }
      }
    }
  }

  /** The Responses API has a status, not finish reasons; map it to the Chat Completions words. */
  private static String finishReasonOf(JsonNode response) {
    String status = Json.text(response, "status");
    if (status == null) {
      return null;
    }
    switch (status) {
      case "completed":
        return "stop";
      case "incomplete":
        JsonNode details = Json.object(response, "incomplete_details");
        String reason = details == null ? null : Json.text(details, "reason");
        return "max_output_tokens".equals(reason) ? "length" : reason == null ? "incomplete" : reason;
      default:
        return status;
    }
  }

  @Override
  public void readError(JsonNode error, GenAiCall call) {
    OpenAiErrors.read(error, call);
  }
}

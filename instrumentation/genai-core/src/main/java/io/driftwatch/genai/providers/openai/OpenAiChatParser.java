package io.driftwatch.genai.providers.openai;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.providers.PromptTemplates;
import io.driftwatch.genai.providers.ProviderParser;
import io.driftwatch.genai.providers.StructuredOutputs;
import io.driftwatch.genai.providers.ToolCall;

/** OpenAI Chat Completions ({@code /v1/chat/completions}) and the legacy completions endpoint. */
public final class OpenAiChatParser implements ProviderParser {

  @Override
  public void readRequest(JsonNode request, GenAiCall call) {
    call.requestModel = Json.text(request, "model");
    Long maxCompletionTokens = Json.whole(request, "max_completion_tokens");
    call.maxTokens = maxCompletionTokens != null ? maxCompletionTokens : Json.whole(request, "max_tokens");
    call.temperature = Json.decimal(request, "temperature");
    call.topP = Json.decimal(request, "top_p");
    call.frequencyPenalty = Json.decimal(request, "frequency_penalty");
    call.presencePenalty = Json.decimal(request, "presence_penalty");
    call.stopSequences = Json.texts(request, "stop");
    call.seed = Json.whole(request, "seed");
    call.choiceCount = Json.whole(request, "n");
    call.stream = Json.bool(request, "stream");
    call.requestServiceTier = Json.text(request, "service_tier");
    JsonNode responseFormat = Json.object(request, "response_format");
    if (responseFormat != null) {
      String type = Json.text(responseFormat, "type");
      call.outputType = "json_object".equals(type) || "json_schema".equals(type) ? "json" : "text";
    }
    call.structuredOutput = StructuredOutputs.of(responseFormat,
        format -> StructuredOutputs.objectOrNull(format.path("json_schema").get("schema")),
        request.get("tools"),
        tool -> Json.text(functionOf(tool), "name"),
        tool -> functionOf(tool).get("parameters"));
    StringBuilder template = new StringBuilder();
    PromptTemplates.appendInstructionMessages(request.get("messages"), template);
    PromptTemplates.appendTools(request.get("tools"), template);
    call.promptTemplate = PromptTemplates.orNull(template);
  }

  private static JsonNode functionOf(JsonNode tool) {
    JsonNode function = Json.object(tool, "function");
    return function != null ? function : tool;
  }

  @Override
  public void readResponse(JsonNode response, GenAiCall call) {
    call.responseId = Json.text(response, "id");
    call.responseModel = Json.text(response, "model");
    call.systemFingerprint = Json.text(response, "system_fingerprint");
    call.responseServiceTier = Json.text(response, "service_tier");
    JsonNode choices = response.get("choices");
    if (choices != null && choices.isArray()) {
      for (JsonNode choice : choices) {
        String reason = Json.text(choice, "finish_reason");
        if (reason != null) {
          call.finishReasons.add(reason);
          if ("content_filter".equals(reason)) {
            call.providerRefusal = reason;
          }
        }
        readMessage(Json.object(choice, "message"), call);
        call.output.append(Json.text(choice, "text")); // legacy completions
      }
    }
    JsonNode usage = Json.object(response, "usage");
    if (usage != null) {
      call.inputTokens = Json.whole(usage, "prompt_tokens");
      call.outputTokens = Json.whole(usage, "completion_tokens");
      JsonNode promptDetails = Json.object(usage, "prompt_tokens_details");
      if (promptDetails != null) {
        call.cacheReadInputTokens = Json.whole(promptDetails, "cached_tokens");
      }
      JsonNode completionDetails = Json.object(usage, "completion_tokens_details");
      if (completionDetails != null) {
        call.reasoningOutputTokens = Json.whole(completionDetails, "reasoning_tokens");
      }
    }
  }

  private static void readMessage(JsonNode message, GenAiCall call) {
    if (message == null) {
      return;
    }
    call.output.append(Json.text(message, "content"));
    if (Json.text(message, "refusal") != null) {
      call.providerRefusal = "refusal";
    }
    JsonNode toolCalls = message.get("tool_calls");
    if (toolCalls != null && toolCalls.isArray()) {
      for (JsonNode toolCall : toolCalls) {
        JsonNode function = Json.object(toolCall, "function");
        if (function != null) {
          call.toolCalls.add(new ToolCall(Json.text(toolCall, "id"), Json.text(function, "name"),
              Json.text(function, "arguments")));
        }
      }
    }
  }

  @Override
  public void readError(JsonNode error, GenAiCall call) {
    OpenAiErrors.read(error, call);
  }
}

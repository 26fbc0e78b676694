package io.driftwatch.genai.providers.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.providers.PromptTemplates;
import io.driftwatch.genai.providers.ProviderParser;
import io.driftwatch.genai.providers.StructuredOutputs;
import io.driftwatch.genai.providers.ToolCall;

/** Anthropic Messages ({@code /v1/messages}). */
public final class AnthropicMessagesParser implements ProviderParser {

  @Override
  public void readRequest(JsonNode request, GenAiCall call) {
    call.requestModel = Json.text(request, "model");
    call.maxTokens = Json.whole(request, "max_tokens");
    call.temperature = Json.decimal(request, "temperature");
    call.topP = Json.decimal(request, "top_p");
    call.topK = Json.whole(request, "top_k");
    call.stopSequences = Json.texts(request, "stop_sequences");
    call.stream = Json.bool(request, "stream");
    call.structuredOutput = StructuredOutputs.of(Json.object(request, "output_format"),
        format -> StructuredOutputs.objectOrNull(format.get("schema")),
        request.get("tools"), tool -> Json.text(tool, "name"), tool -> tool.get("input_schema"));
    StringBuilder template = new StringBuilder();
    PromptTemplates.appendText(request.get("system"), template);
    PromptTemplates.appendTools(request.get("tools"), template);
    call.promptTemplate = PromptTemplates.orNull(template);
  }

  @Override
  public void readResponse(JsonNode response, GenAiCall call) {
    call.responseId = Json.text(response, "id");
    call.responseModel = Json.text(response, "model");
    String stopReason = Json.text(response, "stop_reason");
    if (stopReason != null) {
      call.finishReasons.add(stopReason);
      if ("refusal".equals(stopReason)) {
        call.providerRefusal = stopReason;
      }
    }
    readContent(response.get("content"), call);
    JsonNode usage = Json.object(response, "usage");
    if (usage != null) {
      call.cacheReadInputTokens = Json.whole(usage, "cache_read_input_tokens");
      call.cacheCreationInputTokens = Json.whole(usage, "cache_creation_input_tokens");
      // The conventions count cached tokens as input; Anthropic reports them apart.
      call.inputTokens = Json.sum(Json.sum(Json.whole(usage, "input_tokens"), call.cacheReadInputTokens),
          call.cacheCreationInputTokens);
      call.outputTokens = Json.whole(usage, "output_tokens");
    }
  }

  private static void readContent(JsonNode content, GenAiCall call) {
    if (content == null || !content.isArray()) {
      return;
    }
    for (JsonNode block : content) {
      String type = Json.text(block, "type");
      if ("text".equals(type)) {
        call.output.append(Json.text(block, "text"));
      } else if ("tool_use".equals(type)) {
        JsonNode input = block.get("input");
        call.toolCalls.add(new ToolCall(Json.text(block, "id"), Json.text(block, "name"),
            input == null ? null : input.toString()));
      }
    }
  }

  @Override
  public void readError(JsonNode body, GenAiCall call) {
    JsonNode error = Json.object(body, "error");
    if (error != null) {
      call.providerErrorType = Json.text(error, "type");
    }
  }
}

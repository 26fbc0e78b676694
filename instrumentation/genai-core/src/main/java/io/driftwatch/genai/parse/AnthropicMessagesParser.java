package io.driftwatch.genai.parse;

import com.fasterxml.jackson.databind.JsonNode;

/** Anthropic Messages ({@code /v1/messages}). */
final class AnthropicMessagesParser implements ProviderParser {

  @Override
  public void readRequest(JsonNode request, GenAiCall call) {
    call.requestModel = Json.text(request, "model");
    call.maxTokens = Json.whole(request, "max_tokens");
    call.temperature = Json.decimal(request, "temperature");
    call.topP = Json.decimal(request, "top_p");
    call.topK = Json.whole(request, "top_k");
    call.stopSequences = Json.texts(request, "stop_sequences");
    call.stream = Json.bool(request, "stream");
  }

  @Override
  public void readResponse(JsonNode response, GenAiCall call) {
    call.responseId = Json.text(response, "id");
    call.responseModel = Json.text(response, "model");
    String stopReason = Json.text(response, "stop_reason");
    if (stopReason != null) {
      call.finishReasons.add(stopReason);
    }
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

  @Override
  public void readError(JsonNode body, GenAiCall call) {
    JsonNode error = Json.object(body, "error");
    if (error != null) {
      call.providerErrorType = Json.text(error, "type");
    }
  }
}

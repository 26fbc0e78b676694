package io.driftwatch.genai.providers.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.providers.PromptTemplates;
import io.driftwatch.genai.providers.ProviderParser;

/** Ollama {@code /api/chat}: a whole answer, or one NDJSON line of a streamed one. */
public final class OllamaChatParser implements ProviderParser {

  @Override
  public void readRequest(JsonNode request, GenAiCall call) {
    OllamaRequests.read(request, call);
    StringBuilder template = new StringBuilder();
    PromptTemplates.appendInstructionMessages(request.get("messages"), template);
    PromptTemplates.appendTools(request.get("tools"), template);
    call.promptTemplate = PromptTemplates.orNull(template);
  }

  @Override
  public void readResponse(JsonNode response, GenAiCall call) {
    OllamaResponses.readCommon(response, call);
    JsonNode message = Json.object(response, "message");
    if (message != null) {
      call.output.append(Json.text(message, "content"));
      OllamaResponses.readToolCalls(message.path("tool_calls"), call);
    }
  }

  @Override
  public void readError(JsonNode error, GenAiCall call) {
    OllamaResponses.readError(error, call);
  }
}

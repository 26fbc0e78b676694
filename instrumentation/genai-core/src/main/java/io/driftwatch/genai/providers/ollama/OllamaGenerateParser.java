package io.driftwatch.genai.providers.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.providers.PromptTemplates;
import io.driftwatch.genai.providers.ProviderParser;

/** Ollama {@code /api/generate}: a prompt in, {@code response} text out, whole or one NDJSON line at a time. */
public final class OllamaGenerateParser implements ProviderParser {

  @Override
  public void readRequest(JsonNode request, GenAiCall call) {
    OllamaRequests.read(request, call);
    StringBuilder template = new StringBuilder();
    PromptTemplates.appendText(request.get("system"), template);
    PromptTemplates.appendText(request.get("template"), template);
    call.promptTemplate = PromptTemplates.orNull(template);
  }

  @Override
  public void readResponse(JsonNode response, GenAiCall call) {
    OllamaResponses.readCommon(response, call);
    call.output.append(Json.text(response, "response"));
  }

  @Override
  public void readError(JsonNode error, GenAiCall call) {
    OllamaResponses.readError(error, call);
  }
}

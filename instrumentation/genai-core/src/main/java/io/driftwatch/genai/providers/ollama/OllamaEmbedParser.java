package io.driftwatch.genai.providers.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.providers.ProviderParser;

/**
 * Ollama {@code /api/embed} (input tokens in {@code prompt_eval_count}) and the legacy
 * {@code /api/embeddings}, whose answer holds a vector only.
 */
public final class OllamaEmbedParser implements ProviderParser {

  @Override
  public void readRequest(JsonNode request, GenAiCall call) {
    call.requestModel = Json.text(request, "model");
  }

  @Override
  public void readResponse(JsonNode response, GenAiCall call) {
    call.responseModel = Json.text(response, "model");
    call.inputTokens = Json.whole(response, "prompt_eval_count");
  }

  @Override
  public void readError(JsonNode error, GenAiCall call) {
    OllamaResponses.readError(error, call);
  }
}

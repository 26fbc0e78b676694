package io.driftwatch.genai.providers.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.EmbeddingVectors;
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
    JsonNode input = request.get("input");
    call.embeddingInputs = input != null ? EmbeddingVectors.inputCount(input)
        : request.has("prompt") ? Long.valueOf(1) : null; // the legacy endpoint embeds one prompt
    call.embeddingDimensions = Json.whole(request, "dimensions");
  }

  @Override
  public void readResponse(JsonNode response, GenAiCall call) {
    call.responseModel = Json.text(response, "model");
    call.inputTokens = Json.whole(response, "prompt_eval_count");
    JsonNode vectors = response.get("embeddings");
    JsonNode legacy = response.get("embedding");
    if (vectors != null && vectors.isArray()) {
      call.embeddingInputs = EmbeddingVectors.count(vectors);
    } else if (legacy != null && legacy.isArray()) {
      call.embeddingInputs = 1L;
    }
    Long dimensions = EmbeddingVectors.dimensions(vectors != null ? vectors.path(0) : legacy);
    if (dimensions != null) {
      call.embeddingDimensions = dimensions;
    }
  }

  @Override
  public void readError(JsonNode error, GenAiCall call) {
    OllamaResponses.readError(error, call);
  }
}

package io.driftwatch.genai.providers.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.EmbeddingVectors;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.providers.ProviderParser;

/**
 * Gemini {@code models/{model}:embedContent} and {@code :batchEmbedContents}. The answer holds only
 * vectors: token counts are read when a {@code usageMetadata} is present, never estimated.
 */
public final class GeminiEmbedContentParser implements ProviderParser {

  @Override
  public void readRequest(JsonNode request, GenAiCall call) {
    String model = Json.text(request, "model");
    JsonNode requests = request.get("requests");
    JsonNode first = requests == null ? request : requests.path(0);
    if (model == null) {
      model = first.isObject() ? Json.text(first, "model") : null;
    }
    call.requestModel = GeminiGenerateContentParser.modelName(model);
    call.embeddingInputs = requests != null ? EmbeddingVectors.count(requests)
        : ProtoJson.get(request, "content") != null ? Long.valueOf(1) : null;
    call.embeddingDimensions = first.isObject() ? ProtoJson.whole(first, "outputDimensionality") : null;
  }

  @Override
  public void readResponse(JsonNode response, GenAiCall call) {
    JsonNode usage = Json.object(response, "usageMetadata");
    if (usage != null) {
      call.inputTokens = Json.whole(usage, "promptTokenCount");
    }
    JsonNode batch = response.get("embeddings");
    JsonNode single = Json.object(response, "embedding");
    JsonNode first = batch != null ? batch.path(0) : single;
    if (batch != null) {
      call.embeddingInputs = EmbeddingVectors.count(batch);
    } else if (single != null) {
      call.embeddingInputs = 1L;
    }
    Long dimensions = first == null ? null : EmbeddingVectors.dimensions(first.get("values"));
    if (dimensions != null) {
      call.embeddingDimensions = dimensions;
    }
  }

  @Override
  public void readError(JsonNode error, GenAiCall call) {
    GeminiResponses.readError(error, call);
  }
}

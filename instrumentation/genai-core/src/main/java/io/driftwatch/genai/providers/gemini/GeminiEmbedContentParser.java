package io.driftwatch.genai.providers.gemini;

import com.fasterxml.jackson.databind.JsonNode;
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
    if (model == null) {
      JsonNode first = request.path("requests").path(0);
      model = first.isObject() ? Json.text(first, "model") : null;
    }
    call.requestModel = GeminiGenerateContentParser.modelName(model);
  }

  @Override
  public void readResponse(JsonNode response, GenAiCall call) {
    JsonNode usage = Json.object(response, "usageMetadata");
    if (usage != null) {
      call.inputTokens = Json.whole(usage, "promptTokenCount");
    }
  }

  @Override
  public void readError(JsonNode error, GenAiCall call) {
    GeminiResponses.readError(error, call);
  }
}

package io.driftwatch.genai.providers.openai;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.EmbeddingVectors;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.providers.ProviderParser;

/** OpenAI embeddings ({@code /v1/embeddings}): only input tokens are billed. */
public final class OpenAiEmbeddingsParser implements ProviderParser {

  @Override
  public void readRequest(JsonNode request, GenAiCall call) {
    call.requestModel = Json.text(request, "model");
    call.embeddingInputs = EmbeddingVectors.inputCount(request.get("input"));
    call.embeddingDimensions = Json.whole(request, "dimensions");
    call.embeddingEncodings = Json.texts(request, "encoding_format");
  }

  @Override
  public void readResponse(JsonNode response, GenAiCall call) {
    call.responseModel = Json.text(response, "model");
    JsonNode data = response.get("data");
    Long vectors = EmbeddingVectors.count(data);
    if (vectors != null) {
      call.embeddingInputs = vectors;
      Long dimensions = EmbeddingVectors.dimensions(data.path(0).get("embedding"));
      if (dimensions != null) {
        call.embeddingDimensions = dimensions;
      }
    }
    JsonNode usage = Json.object(response, "usage");
    if (usage != null) {
      call.inputTokens = Json.whole(usage, "prompt_tokens");
    }
  }

  @Override
  public void readError(JsonNode error, GenAiCall call) {
    OpenAiErrors.read(error, call);
  }
}

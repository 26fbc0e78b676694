package io.driftwatch.genai.providers.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.EmbeddingVectors;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.providers.ProviderParser;

/**
 * Bedrock InvokeModel of an embedding model, in its family's own format: Amazon Titan
 * ({@code inputText} in, {@code embedding} and {@code inputTextTokenCount} out) and Cohere Embed
 * ({@code texts} in, {@code embeddings} out, as vectors or by embedding type).
 */
final class BedrockEmbedParser implements ProviderParser {

  @Override
  public void readRequest(JsonNode request, GenAiCall call) {
    if (request.has("inputText")) {
      call.embeddingInputs = 1L;
      call.embeddingDimensions = Json.whole(request, "dimensions");
    } else {
      call.embeddingInputs = EmbeddingVectors.count(request.get("texts"));
      call.embeddingEncodings = Json.texts(request, "embedding_types");
    }
  }

  @Override
  public void readResponse(JsonNode response, GenAiCall call) {
    JsonNode titan = response.get("embedding");
    if (titan != null) {
      call.inputTokens = Json.whole(response, "inputTextTokenCount");
      call.embeddingInputs = 1L;
      setDimensions(EmbeddingVectors.dimensions(titan), call);
      return;
    }
    JsonNode cohere = response.get("embeddings");
    if (cohere != null && cohere.isObject() && cohere.size() > 0) {
      cohere = cohere.elements().next(); // by embedding type: {"float": [[...]], ...}
    }
    Long vectors = EmbeddingVectors.count(cohere);
    if (vectors != null) {
      call.embeddingInputs = vectors;
      setDimensions(EmbeddingVectors.dimensions(cohere.path(0)), call);
    }
  }

  private static void setDimensions(Long dimensions, GenAiCall call) {
    if (dimensions != null) {
      call.embeddingDimensions = dimensions;
    }
  }

  @Override
  public void readError(JsonNode error, GenAiCall call) {
    call.providerErrorType = BedrockConverseParser.awsErrorType(error);
  }
}

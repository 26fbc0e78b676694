package io.driftwatch.samples.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * OpenAI embeddings: one small vector per input, the same for the same input text, as floats or
 * (when the client asks, as openai-java does by default) base64 of little-endian float32s.
 */
final class OpenAiEmbeddingsResponses {

  static final int DIMENSIONS = 8;

  private OpenAiEmbeddingsResponses() {}

  static Reply reply(ProviderRequest request, Answer answer) {
    boolean base64 = "base64".equals(request.json().path("encoding_format").asText());
    var data = Json.array();
    List<JsonNode> inputs = inputs(request.json().path("input"));
    for (int index = 0; index < inputs.size(); index++) {
      float[] vector = vectorFor(inputs.get(index));
      var embedding = Json.object().put("object", "embedding").put("index", index);
      if (base64) {
        embedding.put("embedding", toBase64(vector));
      } else {
        var floats = embedding.putArray("embedding");
        for (float value : vector) {
          floats.add(value);
        }
      }
      data.add(embedding);
    }
    var body = Json.object().put("object", "list");
    body.set("data", data);
    body.put("model", answer.servedModel());
    body.set("usage", Json.object()
        .put("prompt_tokens", answer.inputTokens())
        .put("total_tokens", answer.inputTokens()));
    return CannedReply.okJson(body, ProviderHeaders.openAi(answer));
  }

  /** "input" is one text, a list of texts, one token list, or a list of token lists. */
  private static List<JsonNode> inputs(JsonNode input) {
    List<JsonNode> inputs = new ArrayList<>();
    if (input.isArray() && input.size() > 0 && !input.get(0).isNumber()) {
      input.forEach(inputs::add);
    } else {
      inputs.add(input);
    }
    return inputs;
  }

  private static float[] vectorFor(JsonNode input) {
    Random random = new Random(input.toString().hashCode());
    float[] vector = new float[DIMENSIONS];
    double norm = 0;
    for (int i = 0; i < DIMENSIONS; i++) {
      vector[i] = (float) random.nextGaussian();
      norm += vector[i] * vector[i];
    }
    for (int i = 0; i < DIMENSIONS; i++) {
      vector[i] /= (float) Math.sqrt(norm); // unit length, like real embedding models
    }
    return vector;
  }

  private static String toBase64(float[] vector) {
    ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES)
        .order(ByteOrder.LITTLE_ENDIAN);
    for (float value : vector) {
      bytes.putFloat(value);
    }
    return Base64.getEncoder().encodeToString(bytes.array());
  }
}

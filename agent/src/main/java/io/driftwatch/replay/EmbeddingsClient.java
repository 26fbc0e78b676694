package io.driftwatch.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Cosine similarity of two answers by the provider's embeddings, OpenAI's {@code /v1/embeddings}
 * format (which most gateways also serve): both texts in one request.
 */
final class EmbeddingsClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI uri;
  private final String model;
  private final String apiKey;
  private final Duration timeout;

  EmbeddingsClient(URI endpoint, String model, String apiKey, Duration timeout) {
    this.uri = URI.create(endpoint.toString().replaceAll("/+$", "") + "/v1/embeddings");
    this.model = model;
    this.apiKey = apiKey;
    this.timeout = timeout;
  }

  /** @return the cosine, or null when the provider gave no usable vectors */
  Double similarity(String recorded, String now) {
    ObjectNode body = JSON.createObjectNode().put("model", model);
    body.putArray("input").add(recorded.isEmpty() ? " " : recorded).add(now.isEmpty() ? " " : now);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (apiKey != null) {
      request.header("authorization", "Bearer " + apiKey);
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode data = response.statusCode() == 200 ? JSON.readTree(response.body()).path("data") : null;
      if (data == null || data.size() != 2) {
        return null;
      }
      return AnswerSimilarity.cosine(vector(data.get(0).path("embedding")), vector(data.get(1).path("embedding")));
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static double[] vector(JsonNode values) {
    double[] vector = new double[values.size()];
    for (int i = 0; i < vector.length; i++) {
      vector[i] = values.get(i).asDouble();
    }
    return vector;
  }
}

package io.driftwatch.samples.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.driftwatch.samples.standin.CannedResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Chat Completions answers built for the stand-in's queue, shaped as its own default answers are
 * (same system fingerprint, usage block), but with any text, model and latency. Latency comes from
 * sending the body in five chunks with pauses in between.
 */
final class CannedAnswers {

  /** The system fingerprint the stand-in's default answers carry; ours match so it never "changes". */
  static final String SYSTEM_FINGERPRINT = "fp_standin";
  private static final int CHUNKS = 5;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicLong IDS = new AtomicLong();

  private CannedAnswers() {}

  /**
   * A successful answer. {@code promptTokens} is what a provider would report for the request;
   * {@code latencyMillis} is roughly how long the body takes to arrive.
   */
  static CannedResponse chatCompletion(String servedModel, String content, int promptTokens, int latencyMillis) {
    ObjectNode message = JSON.createObjectNode().put("role", "assistant").put("content", content);
    message.putNull("refusal");
    ObjectNode choice = JSON.createObjectNode().put("index", 0).put("finish_reason", "stop");
    choice.set("message", message);
    int completionTokens = Math.max(1, content.split("\\s+").length);
    ObjectNode usage = JSON.createObjectNode()
        .put("prompt_tokens", promptTokens)
        .put("completion_tokens", completionTokens)
        .put("total_tokens", promptTokens + completionTokens);
    ObjectNode body = JSON.createObjectNode()
        .put("id", "chatcmpl-drill-" + IDS.incrementAndGet())
        .put("object", "chat.completion")
        .put("created", System.currentTimeMillis() / 1000)
        .put("model", servedModel)
        .put("system_fingerprint", SYSTEM_FINGERPRINT);
    body.putArray("choices").add(choice);
    body.set("usage", usage);
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    CannedResponse response = CannedResponse.of(200, "application/json", bytes,
        Map.of("x-request-id", "req_drill_" + IDS.get()));
    if (latencyMillis <= 0) {
      return response;
    }
    int chunkBytes = (bytes.length + CHUNKS - 1) / CHUNKS;
    return response.withChunkedBody(chunkBytes, latencyMillis / (CHUNKS - 1));
  }

  /** What OpenAI answers for a revoked or mistyped key. */
  static CannedResponse invalidApiKey() {
    ObjectNode error = JSON.createObjectNode()
        .put("message", "Incorrect API key provided: sk-loc*****mple. You can find your API key at"
            + " your provider's console.")
        .put("type", "invalid_request_error")
        .put("code", "invalid_api_key");
    error.putNull("param");
    ObjectNode body = JSON.createObjectNode();
    body.set("error", error);
    return CannedResponse.of(401, "application/json", body.toString().getBytes(StandardCharsets.UTF_8),
        Map.of("x-request-id", "req_drill_invalid_key"));
  }
}

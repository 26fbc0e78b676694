package io.driftwatch.genai.providers.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.providers.ToolCall;
import java.util.Locale;
import java.util.Set;

/**
 * Reads Gemini {@code GenerateContentResponse} objects, whole or as stream chunks (each chunk is
 * one such object). Every field is written only when the object carries it, so reading chunk after
 * chunk into one call keeps the latest id, model and usage.
 */
public final class GeminiResponses {

  /** Finish and block reasons that mean the provider filtered the answer (lower-cased). */
  private static final Set<String> FILTERED = Set.of("safety", "prohibited_content", "blocklist", "recitation",
      "spii", "image_safety");

  private GeminiResponses() {}

  /** Id, model version, usage and prompt feedback: the parts of a response outside its candidates. */
  public static void readEnvelope(JsonNode response, GenAiCall call) {
    String id = Json.text(response, "responseId");
    if (id != null) {
      call.responseId = id;
    }
    String model = Json.text(response, "modelVersion");
    if (model != null) {
      call.responseModel = model;
    }
    readUsage(Json.object(response, "usageMetadata"), call);
    String blockReason = Json.text(response.path("promptFeedback"), "blockReason");
    if (blockReason != null && !blockReason.startsWith("BLOCK_REASON_UNSPECIFIED")) {
      call.providerRefusal = blockReason.toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Output tokens include the thinking tokens, as Gemini bills them and as the conventions ask;
   * input tokens include the cached ones (Gemini's prompt count already does).
   */
  private static void readUsage(JsonNode usage, GenAiCall call) {
    if (usage == null) {
      return;
    }
    Long prompt = Json.whole(usage, "promptTokenCount");
    if (prompt != null) {
      call.inputTokens = prompt;
    }
    Long cached = Json.whole(usage, "cachedContentTokenCount");
    if (cached != null) {
      call.cacheReadInputTokens = cached;
    }
    Long thoughts = Json.whole(usage, "thoughtsTokenCount");
    if (thoughts != null) {
      call.reasoningOutputTokens = thoughts;
    }
    Long candidates = Json.whole(usage, "candidatesTokenCount");
    if (candidates != null || thoughts != null) {
      call.outputTokens = Json.sum(candidates, thoughts);
    }
  }

  /**
   * Appends a candidate's answer text (thought summaries excluded) and its function calls.
   *
   * @return true when the candidate carried any content, thoughts included
   */
  public static boolean readParts(JsonNode candidate, GenAiCall call) {
    JsonNode parts = candidate.path("content").path("parts");
    boolean content = false;
    for (JsonNode part : parts) {
      JsonNode functionCall = Json.object(part, "functionCall");
      if (functionCall != null) {
        JsonNode args = functionCall.get("args");
        call.toolCalls.add(new ToolCall(Json.text(functionCall, "id"), Json.text(functionCall, "name"),
            args == null ? null : args.toString()));
        content = true;
        continue;
      }
      String text = Json.text(part, "text");
      if (text != null && !text.isEmpty()) {
        if (!part.path("thought").asBoolean(false)) {
          call.output.append(text);
        }
        content = true;
      }
    }
    return content;
  }

  /**
   * The candidate's finish reason as the conventions write them (lower case: {@code stop},
   * {@code max_tokens}, {@code safety}), marking a filtered answer as a provider refusal.
   *
   * @return null while the candidate is still being generated
   */
  public static String finishReason(JsonNode candidate, GenAiCall call) {
    String reason = Json.text(candidate, "finishReason");
    if (reason == null) {
      return null;
    }
    String lower = reason.toLowerCase(Locale.ROOT);
    if (lower.startsWith("finish_reason_")) {
      lower = lower.substring("finish_reason_".length());
    }
    if (FILTERED.contains(lower)) {
      call.providerRefusal = lower;
    }
    return lower;
  }

  /** Google error bodies: {@code {"error": {"code": 429, "status": "RESOURCE_EXHAUSTED", ...}}}. */
  static void readError(JsonNode body, GenAiCall call) {
    JsonNode error = body.isArray() && body.size() > 0 ? body.get(0).path("error") : body.path("error");
    String status = Json.text(error, "status");
    call.providerErrorType = status != null ? status : Json.text(error, "code");
  }
}

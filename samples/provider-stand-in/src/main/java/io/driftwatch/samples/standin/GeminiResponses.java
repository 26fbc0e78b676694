package io.driftwatch.samples.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gemini ({@code models/{model}:generateContent} and {@code :streamGenerateContent}): the model comes
 * from the path. A stream is server-sent events with {@code alt=sse}, else a JSON array written an
 * element at a time, as the real API does.
 */
final class GeminiResponses {

  private GeminiResponses() {}

  static Reply reply(ProviderRequest request, Answer answer) {
    return CannedReply.okJson(response(answer, textParts(answer.text()), "STOP", true), headers());
  }

  static Reply streamReply(ProviderRequest request, Answer answer) {
    List<ObjectNode> chunks = chunks(answer);
    List<String> frames = new ArrayList<>();
    String query = request.raw().query();
    if (query != null && List.of(query.split("&")).contains("alt=sse")) {
      chunks.forEach(chunk -> frames.add("data: " + Json.text(chunk) + "\r\n\r\n"));
      return FramedReply.text("text/event-stream", headers(), frames);
    }
    for (int i = 0; i < chunks.size(); i++) {
      frames.add((i == 0 ? "[" : ",\r\n") + Json.text(chunks.get(i)));
    }
    frames.add("]");
    return FramedReply.text("application/json; charset=UTF-8", headers(), frames);
  }

  /** One chunk per word; the last also carries the finish reason and the complete usage. */
  private static List<ObjectNode> chunks(Answer answer) {
    List<String> pieces = answer.pieces().isEmpty() ? List.of("") : answer.pieces();
    List<ObjectNode> chunks = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      boolean last = i == pieces.size() - 1;
      chunks.add(response(answer, textParts(pieces.get(i)), last ? "STOP" : null, last));
    }
    return chunks;
  }

  static ObjectNode response(Answer answer, ArrayNode parts, String finishReason, boolean outputCounted) {
    var candidate = Json.object();
    candidate.set("content", Json.object().<ObjectNode>set("parts", parts).put("role", "model"));
    if (finishReason != null) {
      candidate.put("finishReason", finishReason);
    }
    candidate.put("index", 0);
    var response = Json.object();
    response.set("candidates", Json.array().add(candidate));
    response.set("usageMetadata", usage(answer, outputCounted));
    response.put("modelVersion", answer.servedModel());
    response.put("responseId", "standin-gemini-" + answer.sequence());
    return response;
  }

  private static ArrayNode textParts(String text) {
    return Json.array().add(Json.object().put("text", text));
  }

  /** Streams report the prompt count in every chunk and the candidates count in the last. */
  private static ObjectNode usage(Answer answer, boolean outputCounted) {
    var usage = Json.object();
    usage.put("promptTokenCount", answer.inputTokens());
    if (outputCounted) {
      usage.put("candidatesTokenCount", answer.outputTokens());
    }
    usage.put("totalTokenCount", answer.inputTokens() + (outputCounted ? answer.outputTokens() : 0));
    usage.set("promptTokensDetails", Json.array().add(
        Json.object().put("modality", "TEXT").put("tokenCount", answer.inputTokens())));
    return usage;
  }

  static Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Vary", "Origin, X-Origin, Referer");
    headers.put("Server", "scaffolding on HTTPServer2");
    headers.put("Server-Timing", "gfet4t7; dur=412");
    headers.put("X-Content-Type-Options", "nosniff");
    return headers;
  }
}

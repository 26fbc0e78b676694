package io.driftwatch.samples.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Ollama's native API, {@code /api/chat} and {@code /api/generate}: a stream of NDJSON lines unless
 * the request says {@code "stream": false}, the last line ({@code "done": true}) with the counts.
 */
final class OllamaResponses {

  private static final long NANOS_PER_TOKEN = 25_000_000L;

  private OllamaResponses() {}

  static Reply chat(ProviderRequest request, Answer answer) {
    return reply(request, answer, true);
  }

  static Reply generate(ProviderRequest request, Answer answer) {
    return reply(request, answer, false);
  }

  private static Reply reply(ProviderRequest request, Answer answer, boolean chat) {
    if (!request.json().path("stream").asBoolean(true)) { // Ollama streams by default
      return CannedReply.okJson(done(answer, chat, answer.text()), Map.of());
    }
    List<String> lines = new ArrayList<>();
    for (String piece : answer.pieces()) {
      var line = envelope(answer, chat, piece);
      line.put("done", false);
      lines.add(Json.text(line) + "\n");
    }
    lines.add(Json.text(done(answer, chat, "")) + "\n");
    return FramedReply.text("application/x-ndjson", Map.of(), lines);
  }

  private static ObjectNode envelope(Answer answer, boolean chat, String text) {
    var node = Json.object();
    node.put("model", answer.servedModel());
    node.put("created_at", Instant.ofEpochSecond(answer.createdEpochSeconds()).toString());
    if (chat) {
      node.set("message", Json.object().put("role", "assistant").put("content", text));
    } else {
      node.put("response", text);
    }
    return node;
  }

  /** The final object: done reason, durations in nanoseconds and the token counts. */
  private static ObjectNode done(Answer answer, boolean chat, String text) {
    var node = envelope(answer, chat, text);
    node.put("done_reason", "stop");
    node.put("done", true);
    if (!chat) {
      node.set("context", Json.array().add(128006).add(9125).add(128007));
    }
    long promptNanos = answer.inputTokens() * NANOS_PER_TOKEN / 10;
    long evalNanos = answer.outputTokens() * NANOS_PER_TOKEN;
    node.put("total_duration", 1_500_000L + promptNanos + evalNanos);
    node.put("load_duration", 1_500_000L);
    node.put("prompt_eval_count", answer.inputTokens());
    node.put("prompt_eval_duration", promptNanos);
    node.put("eval_count", answer.outputTokens());
    node.put("eval_duration", evalNanos);
    return node;
  }
}

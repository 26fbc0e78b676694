package io.driftwatch.samples.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenAI Chat Completions streamed: a role chunk, one chunk per word, a finish chunk, an optional
 * usage chunk, then [DONE] — the order the real API uses.
 */
final class OpenAiChatStream {

  private OpenAiChatStream() {}

  static Reply reply(ProviderRequest request, Answer answer) {
    boolean includeUsage = request.includeUsage();
    List<SseEvent> events = new ArrayList<>();
    var roleDelta = Json.object().put("role", "assistant").put("content", "");
    roleDelta.putNull("refusal");
    events.add(chunk(answer, roleDelta, null, includeUsage));
    for (String piece : answer.pieces()) {
      events.add(chunk(answer, Json.object().put("content", piece), null, includeUsage));
    }
    events.add(chunk(answer, Json.object(), "stop", includeUsage));
    if (includeUsage) {
      var usageChunk = OpenAiChatResponses.envelope(answer, "chat.completion.chunk");
      usageChunk.set("choices", Json.array());
      usageChunk.set("usage", OpenAiChatResponses.usage(answer));
      events.add(SseEvent.data(Json.text(usageChunk)));
    }
    events.add(SseEvent.data("[DONE]"));
    return new SseReply(ProviderHeaders.openAi(answer), events);
  }

  private static SseEvent chunk(
      Answer answer, ObjectNode delta, String finishReason, boolean includeUsage) {
    var choice = Json.object();
    choice.put("index", 0);
    choice.set("delta", delta);
    choice.putNull("logprobs");
    choice.put("finish_reason", finishReason);
    var chunk = OpenAiChatResponses.envelope(answer, "chat.completion.chunk");
    chunk.set("choices", Json.array().add(choice));
    if (includeUsage) {
      chunk.putNull("usage"); // the real API marks every non-final chunk this way
    }
    return SseEvent.data(Json.text(chunk));
  }
}

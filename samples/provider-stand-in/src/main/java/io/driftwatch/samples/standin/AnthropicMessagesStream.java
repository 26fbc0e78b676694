package io.driftwatch.samples.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Anthropic Messages streamed: message_start, one text block delivered a word per
 * content_block_delta, message_delta with the stop reason and final usage, message_stop.
 */
final class AnthropicMessagesStream {

  private AnthropicMessagesStream() {}

  static Reply reply(Answer answer) {
    return new SseReply(ProviderHeaders.anthropic(answer), events(answer));
  }

  /** The stream's events, also what Bedrock wraps for Anthropic models. */
  static List<SseEvent> events(Answer answer) {
    List<SseEvent> events = new ArrayList<>();
    events.add(event("message_start", Json.object().set("message",
        AnthropicMessagesResponses.message(answer, Json.array(), null, 1))));
    events.add(event("content_block_start", Json.object().put("index", 0)
        .set("content_block", AnthropicMessagesResponses.textBlock(""))));
    events.add(event("ping", Json.object()));
    for (String piece : answer.pieces()) {
      events.add(event("content_block_delta", Json.object().put("index", 0)
          .set("delta", Json.object().put("type", "text_delta").put("text", piece))));
    }
    events.add(event("content_block_stop", Json.object().put("index", 0)));
    events.add(event("message_delta", messageDelta(answer)));
    events.add(event("message_stop", Json.object()));
    return events;
  }

  private static ObjectNode messageDelta(Answer answer) {
    var delta = Json.object().put("stop_reason", "end_turn");
    delta.putNull("stop_sequence");
    var usage = Json.object();
    usage.put("input_tokens", answer.inputTokens());
    usage.put("cache_creation_input_tokens", 0);
    usage.put("cache_read_input_tokens", 0);
    usage.put("output_tokens", answer.outputTokens());
    return Json.object().<ObjectNode>set("delta", delta).set("usage", usage);
  }

  /** Anthropic repeats the event name as "type" inside the data. */
  private static SseEvent event(String type, ObjectNode fields) {
    var data = Json.object().put("type", type);
    data.setAll(fields);
    return SseEvent.named(type, Json.text(data));
  }
}

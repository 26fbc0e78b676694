package io.driftwatch.samples.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Anthropic Messages: a whole "message", or a stream of named events when the request asks. */
final class AnthropicMessagesResponses {

  private AnthropicMessagesResponses() {}

  static Reply reply(ProviderRequest request, Answer answer) {
    if (request.stream()) {
      return AnthropicMessagesStream.reply(answer);
    }
    var content = Json.array().add(textBlock(answer.text()));
    var message = message(answer, content, "end_turn", answer.outputTokens());
    return CannedReply.okJson(message, ProviderHeaders.anthropic(answer));
  }

  /**
   * The message envelope; a stream starts with one that has no content, no stop reason and (as the
   * real API reports it) one output token so far.
   */
  static ObjectNode message(Answer answer, ArrayNode content, String stopReason, int outputTokens) {
    var message = Json.object();
    message.put("id", "msg_standin_" + answer.sequence());
    message.put("type", "message");
    message.put("role", "assistant");
    message.put("model", answer.servedModel());
    message.set("content", content);
    message.put("stop_reason", stopReason);
    message.putNull("stop_sequence");
    message.set("usage", usage(answer, outputTokens));
    return message;
  }

  static ObjectNode textBlock(String text) {
    var block = Json.object();
    block.put("type", "text");
    block.put("text", text);
    return block;
  }

  static ObjectNode usage(Answer answer, int outputTokens) {
    var usage = Json.object();
    usage.put("input_tokens", answer.inputTokens());
    usage.put("cache_creation_input_tokens", 0);
    usage.put("cache_read_input_tokens", 0);
    usage.set("cache_creation", Json.object()
        .put("ephemeral_5m_input_tokens", 0)
        .put("ephemeral_1h_input_tokens", 0));
    usage.put("output_tokens", outputTokens);
    usage.put("service_tier", "standard");
    return usage;
  }
}

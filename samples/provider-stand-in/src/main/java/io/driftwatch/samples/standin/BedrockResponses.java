package io.driftwatch.samples.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Amazon Bedrock Converse ({@code /model/{modelId}/converse}) and ConverseStream
 * ({@code /converse-stream}, AWS event stream messages): the model comes from the path, and the
 * answer names neither an id nor the served model, as the real API does. InvokeModel
 * ({@code /invoke}, {@code /invoke-with-response-stream}) answers in the model's own format; the
 * stand-in speaks Anthropic's, as Claude on Bedrock does, a stream's events wrapped in base64 chunks.
 */
final class BedrockResponses {

  private BedrockResponses() {}

  static Reply reply(ProviderRequest request, Answer answer) {
    ObjectNode message = Json.object().put("role", "assistant");
    message.set("content", Json.array().add(Json.object().put("text", answer.text())));
    ObjectNode body = Json.object();
    body.set("output", Json.object().set("message", message));
    body.put("stopReason", "end_turn");
    body.set("usage", Json.object()
        .put("inputTokens", answer.inputTokens())
        .put("outputTokens", answer.outputTokens())
        .put("totalTokens", answer.inputTokens() + answer.outputTokens()));
    body.set("metrics", Json.object().put("latencyMs", 42));
    return CannedReply.okJson(body, Map.of("x-amzn-RequestId", "standin-bedrock-" + answer.sequence()));
  }

  /** messageStart, one contentBlockDelta per word, contentBlockStop, messageStop, metadata. */
  static Reply streamReply(ProviderRequest request, Answer answer) {
    List<byte[]> frames = new ArrayList<>();
    frames.add(AwsEventStreamMessages.event("messageStart", "{\"role\":\"assistant\"}"));
    for (String piece : answer.pieces()) {
      ObjectNode delta = Json.object().put("contentBlockIndex", 0);
      delta.set("delta", Json.object().put("text", piece));
      frames.add(AwsEventStreamMessages.event("contentBlockDelta", Json.text(delta)));
    }
    frames.add(AwsEventStreamMessages.event("contentBlockStop", "{\"contentBlockIndex\":0}"));
    frames.add(AwsEventStreamMessages.event("messageStop", "{\"stopReason\":\"end_turn\"}"));
    ObjectNode metadata = Json.object();
    metadata.set("usage", Json.object()
        .put("inputTokens", answer.inputTokens())
        .put("outputTokens", answer.outputTokens())
        .put("totalTokens", answer.inputTokens() + answer.outputTokens()));
    metadata.set("metrics", Json.object().put("latencyMs", 42));
    frames.add(AwsEventStreamMessages.event("metadata", Json.text(metadata)));
    return new FramedReply("application/vnd.amazon.eventstream",
        Map.of("x-amzn-RequestId", "standin-bedrock-" + answer.sequence()), frames);
  }

  static Reply invokeReply(ProviderRequest request, Answer answer) {
    var content = Json.array().add(AnthropicMessagesResponses.textBlock(answer.text()));
    var message = AnthropicMessagesResponses.message(answer, content, "end_turn", answer.outputTokens());
    return CannedReply.okJson(message, Map.of("x-amzn-RequestId", "standin-bedrock-" + answer.sequence()));
  }

  static Reply invokeStreamReply(ProviderRequest request, Answer answer) {
    List<byte[]> frames = new ArrayList<>();
    for (SseEvent event : AnthropicMessagesStream.events(answer)) {
      String bytes = Base64.getEncoder().encodeToString(event.data().getBytes(StandardCharsets.UTF_8));
      frames.add(AwsEventStreamMessages.event("chunk", Json.text(Json.object().put("bytes", bytes))));
    }
    return new FramedReply("application/vnd.amazon.eventstream",
        Map.of("x-amzn-RequestId", "standin-bedrock-" + answer.sequence()), frames);
  }
}

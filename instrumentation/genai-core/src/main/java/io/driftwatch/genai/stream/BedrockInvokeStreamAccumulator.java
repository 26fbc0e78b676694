package io.driftwatch.genai.stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.parse.GenAiCall;
import java.io.IOException;
import java.util.Base64;

/**
 * Bedrock InvokeModelWithResponseStream: each {@code chunk} event carries the model's own stream
 * event, base64 encoded, in {@code bytes}. Anthropic's events (Claude on Bedrock) are folded in as
 * Anthropic's own stream would be; other families are only counted.
 */
final class BedrockInvokeStreamAccumulator implements StreamAccumulator, EndMarker {

  private final AnthropicStreamAccumulator anthropic = new AnthropicStreamAccumulator();
  private boolean ended;

  @Override
  public boolean onEvent(String eventType, JsonNode event, GenAiCall call) {
    if (eventType != null && eventType.startsWith(AwsEventStreamDecoder.EXCEPTION_PREFIX)) {
      call.providerErrorType = eventType.substring(AwsEventStreamDecoder.EXCEPTION_PREFIX.length());
      return false;
    }
    String encoded = OpenAiChatStreamAccumulator.text(event, "bytes");
    if (!"chunk".equals(eventType) || encoded == null) {
      return false;
    }
    JsonNode inner;
    try {
      inner = StreamObserver.MAPPER.readTree(Base64.getDecoder().decode(encoded));
    } catch (IOException | IllegalArgumentException malformed) {
      return false;
    }
    String type = OpenAiChatStreamAccumulator.text(inner, "type");
    if (type == null) {
      return false;
    }
    if ("message_stop".equals(type)) {
      ended = true;
    }
    return anthropic.onEvent(type, inner, call);
  }

  @Override
  public boolean endSeen() {
    return ended;
  }

  @Override
  public void finish(GenAiCall call) {
    anthropic.finish(call);
  }
}

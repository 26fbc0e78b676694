package io.driftwatch.genai.providers.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.EndMarker;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.providers.StreamJson;
import io.driftwatch.genai.providers.TreeStreamAccumulator;
import io.driftwatch.genai.providers.anthropic.AnthropicStreamAccumulator;
import io.driftwatch.genai.providers.stream.AwsEventStreamDecoder;
import java.io.IOException;
import java.util.Base64;

/**
 * Bedrock InvokeModelWithResponseStream: each {@code chunk} event carries the model's own stream
 * event, base64 encoded, in {@code bytes}. Anthropic's events (Claude on Bedrock) are folded in as
 * Anthropic's own stream would be; other families are only counted.
 */
public final class BedrockInvokeStreamAccumulator extends TreeStreamAccumulator implements EndMarker {

  private final AnthropicStreamAccumulator anthropic = new AnthropicStreamAccumulator();
  private boolean ended;

  @Override
  public boolean onEvent(String eventType, JsonNode event, GenAiCall call) {
    if (eventType != null && eventType.startsWith(AwsEventStreamDecoder.EXCEPTION_PREFIX)) {
      call.providerErrorType = eventType.substring(AwsEventStreamDecoder.EXCEPTION_PREFIX.length());
      return false;
    }
    String encoded = Json.text(event, "bytes");
    if (!"chunk".equals(eventType) || encoded == null) {
      return false;
    }
    JsonNode inner;
    try {
      inner = StreamJson.MAPPER.readTree(Base64.getDecoder().decode(encoded));
    } catch (IOException | IllegalArgumentException malformed) {
      return false;
    }
    String type = Json.text(inner, "type");
    if (type == null) {
      return false;
    }
    if ("message_stop".equals(type)) {
      ended = true;
    }
    return anthropic.onTree(type, inner, call);
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

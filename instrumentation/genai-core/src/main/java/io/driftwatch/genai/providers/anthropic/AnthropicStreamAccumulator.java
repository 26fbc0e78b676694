package io.driftwatch.genai.providers.anthropic;

import static io.driftwatch.genai.providers.Json.text;
import static io.driftwatch.genai.providers.Json.whole;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.JsonScanner;
import io.driftwatch.genai.providers.StreamAccumulator;
import io.driftwatch.genai.providers.StreamJson;
import io.driftwatch.genai.providers.ToolCallAssembler;
import java.io.IOException;

/**
 * Anthropic Messages stream events: message_start, content_block_*, message_delta, message_stop.
 * Routed on the SSE event name before any parse: the per-chunk {@code content_block_delta} is read
 * with the streaming parser, the once-per-stream events as trees, and {@code ping},
 * {@code content_block_stop} and {@code message_stop} carry nothing to fold and are not parsed.
 */
public final class AnthropicStreamAccumulator implements StreamAccumulator {

  private final ToolCallAssembler toolCalls = new ToolCallAssembler();
  private final AnthropicDelta delta = new AnthropicDelta();
  private final AnthropicDeltaScanner scanner;
  /** Deltas the scanner left to the parser; for tests. */
  private long parsedDeltas;
  private Long uncachedInputTokens;

  public AnthropicStreamAccumulator() {
    this(true);
  }

  /** @param scan false reads every delta with the parser (tests compare the two) */
  AnthropicStreamAccumulator(boolean scan) {
    this.scanner = scan ? new AnthropicDeltaScanner(delta) : null;
  }

  @Override
  public boolean onEvent(String eventType, byte[] data, int offset, int length, GenAiCall call) throws IOException {
    if (eventType == null) {
      JsonNode event = StreamJson.MAPPER.readTree(data, offset, length);
      return event != null && event.isObject() && onTree(null, event, call);
    }
    switch (eventType) {
      case "content_block_delta":
        return onDelta(data, offset, length, call);
      case "message_start":
      case "content_block_start":
      case "message_delta":
        JsonNode event = StreamJson.MAPPER.readTree(data, offset, length);
        return event != null && event.isObject() && onTree(eventType, event, call);
      default:
        return false;
    }
  }

  /** Read in place by the scanner, and with the streaming parser when the scanner declines it. */
  private boolean onDelta(byte[] data, int offset, int length, GenAiCall call) throws IOException {
    if (scanner != null) {
      try {
        scanner.read(data, offset, length);
        delta.foldInto(call, toolCalls);
        return true;
      } catch (JsonScanner.Unsupported e) {
        // not the scanner's subset: the parser reads it from the start, and decides if it is malformed
      }
    }
    parsedDeltas++;
    try (JsonParser parser = StreamJson.parser(data, offset, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return false;
      }
      delta.read(parser);
    }
    delta.foldInto(call, toolCalls);
    return true;
  }

  long parsedDeltas() {
    return parsedDeltas;
  }

  /** Folds one event already read as a tree (Bedrock unwraps Claude's events that way). */
  public boolean onTree(String eventType, JsonNode event, GenAiCall call) {
    String type = eventType != null ? eventType : text(event, "type");
    if (type == null) {
      return false;
    }
    switch (type) {
      case "message_start":
        JsonNode message = event.path("message");
        call.responseId = text(message, "id");
        call.responseModel = text(message, "model");
        readUsage(message.path("usage"), call);
        return false;
      case "content_block_start":
        JsonNode block = event.path("content_block");
        if ("tool_use".equals(text(block, "type"))) {
          int index = event.path("index").asInt(0);
          toolCalls.id(index, text(block, "id"));
          toolCalls.name(index, text(block, "name"));
          JsonNode input = block.get("input");
          toolCalls.openingArguments(index, input != null && input.isObject() ? input.toString() : null);
        }
        return false;
      case "content_block_delta":
        JsonNode delta = event.path("delta");
        if ("input_json_delta".equals(text(delta, "type"))) {
          toolCalls.arguments(event.path("index").asInt(0), text(delta, "partial_json"));
        } else {
          call.output.append(text(delta, "text"));
        }
        return true;
      case "message_delta":
        String stopReason = text(event.path("delta"), "stop_reason");
        if (stopReason != null) {
          call.finishReasons.add(stopReason);
          if ("refusal".equals(stopReason)) {
            call.providerRefusal = stopReason;
          }
        }
        readUsage(event.path("usage"), call);
        return false;
      default:
        return false;
    }
  }

  private void readUsage(JsonNode usage, GenAiCall call) {
    Long input = whole(usage, "input_tokens");
    if (input != null) {
      uncachedInputTokens = input;
    }
    Long cacheRead = whole(usage, "cache_read_input_tokens");
    if (cacheRead != null) {
      call.cacheReadInputTokens = cacheRead;
    }
    Long cacheCreation = whole(usage, "cache_creation_input_tokens");
    if (cacheCreation != null) {
      call.cacheCreationInputTokens = cacheCreation;
    }
    Long output = whole(usage, "output_tokens");
    if (output != null) {
      call.outputTokens = output;
    }
  }

  @Override
  public void finish(GenAiCall call) {
    toolCalls.addTo(call);
    if (uncachedInputTokens != null) {
      // as for non-streamed answers, the conventions count cached tokens as input
      call.inputTokens = GenAiCall.tokenSum(uncachedInputTokens, call.cacheReadInputTokens, call.cacheCreationInputTokens);
    }
  }
}

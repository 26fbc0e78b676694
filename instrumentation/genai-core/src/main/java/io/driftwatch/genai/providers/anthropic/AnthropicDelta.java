package io.driftwatch.genai.providers.anthropic;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.JsonTokens;
import io.driftwatch.genai.providers.ToolCallAssembler;
import java.io.IOException;

/**
 * One {@code content_block_delta} in reused scratch fields (the text is copied, never made a
 * String), folded only once the whole event was read. Filled by {@link AnthropicDeltaScanner}
 * (bytes, no allocation) or, for what that leaves, with the streaming parser here; both read with
 * the same last-key-wins and odd-type rules.
 */
final class AnthropicDelta {

  int index;
  boolean toolArguments;
  boolean hasText;
  final StringBuilder text = new StringBuilder();
  String partialJson;

  /** Reads the event's object; the parser is on its START_OBJECT. */
  void read(JsonParser parser) throws IOException {
    index = 0;
    clearDelta();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if ("index".equals(name)) {
        index = JsonTokens.asInt(parser, 0);
      } else if ("delta".equals(name)) {
        clearDelta();
        readDelta(parser);
      } else {
        parser.skipChildren();
      }
    }
  }

  void foldInto(GenAiCall call, ToolCallAssembler toolCalls) {
    if (toolArguments) {
      toolCalls.arguments(index, partialJson);
    } else if (hasText) {
      call.output.append(text);
    }
    partialJson = null;
  }

  void clearDelta() {
    toolArguments = false;
    hasText = false;
    partialJson = null;
    text.setLength(0);
    if (text.capacity() > 64 * 1024) {
      text.trimToSize();
    }
  }

  private void readDelta(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      switch (name) {
        case "type" -> toolArguments = JsonTokens.textEquals(parser, "input_json_delta");
        case "text" -> {
          text.setLength(0);
          hasText = JsonTokens.appendText(parser, text);
        }
        case "partial_json" -> partialJson = JsonTokens.text(parser);
        default -> parser.skipChildren();
      }
    }
  }
}

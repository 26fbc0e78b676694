package io.driftwatch.genai.providers.openai;

import static io.driftwatch.genai.providers.JsonTokens.appendText;
import static io.driftwatch.genai.providers.JsonTokens.asInt;
import static io.driftwatch.genai.providers.JsonTokens.nextElement;
import static io.driftwatch.genai.providers.JsonTokens.text;
import static io.driftwatch.genai.providers.JsonTokens.whole;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.driftwatch.genai.providers.GenAiCall;
import java.io.IOException;

/**
 * Reads a chunk with Jackson's streaming parser into {@link OpenAiChatChunk}: the reader for what
 * {@link OpenAiChatChunkScanner} leaves (escaped names, fractions, malformed JSON), and the rules
 * that reader mirrors.
 */
final class OpenAiChatChunkParser {

  private final OpenAiChatChunk chunk;

  OpenAiChatChunkParser(OpenAiChatChunk chunk) {
    this.chunk = chunk;
  }

  /** Reads the event's object; the parser is on its START_OBJECT. */
  void read(JsonParser parser, GenAiCall call) throws IOException {
    chunk.begin(call);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      switch (name) {
        case "id" -> chunk.id = chunk.wantId ? text(parser) : skip(parser);
        case "model" -> chunk.model = chunk.wantModel ? text(parser) : skip(parser);
        case "system_fingerprint" -> chunk.fingerprint = chunk.wantFingerprint ? text(parser) : skip(parser);
        case "choices" -> {
          chunk.clearChoices();
          readChoices(parser);
        }
        case "usage" -> readUsage(parser);
        default -> parser.skipChildren();
      }
    }
  }

  private void readChoices(JsonParser parser) throws IOException {
    JsonToken container = parser.currentToken();
    if (container != JsonToken.START_ARRAY && container != JsonToken.START_OBJECT) {
      return;
    }
    int position = 0;
    while (nextElement(parser, container == JsonToken.START_OBJECT)) {
      if (parser.currentToken() == JsonToken.START_OBJECT) {
        readChoice(parser, position);
      } else {
        parser.skipChildren();
      }
      position++;
    }
  }

  private void readChoice(JsonParser parser, int position) throws IOException {
    int index = position;
    String finish = null;
    int textMark = chunk.text.length();
    int toolMark = chunk.tools;
    boolean refused = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      switch (name) {
        case "index" -> index = asInt(parser, position);
        case "finish_reason" -> finish = text(parser);
        case "delta" -> {
          chunk.text.setLength(textMark);
          chunk.tools = toolMark;
          refused = parser.currentToken() == JsonToken.START_OBJECT ? readDelta(parser, textMark, toolMark) : skipFalse(parser);
        }
        default -> parser.skipChildren();
      }
    }
    chunk.endChoice(index, finish, refused, textMark, toolMark);
  }

  /** @return whether the delta carries a refusal */
  private boolean readDelta(JsonParser parser, int textMark, int toolMark) throws IOException {
    boolean refused = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      switch (name) {
        case "content" -> {
          chunk.text.setLength(textMark);
          appendText(parser, chunk.text);
        }
        case "refusal" -> refused = text(parser) != null;
        case "tool_calls" -> {
          chunk.tools = toolMark;
          readToolCalls(parser);
        }
        default -> parser.skipChildren();
      }
    }
    return refused;
  }

  private void readToolCalls(JsonParser parser) throws IOException {
    JsonToken container = parser.currentToken();
    if (container != JsonToken.START_ARRAY && container != JsonToken.START_OBJECT) {
      return;
    }
    while (nextElement(parser, container == JsonToken.START_OBJECT)) {
      int index = 0;
      String id = null;
      String name = null;
      String arguments = null;
      if (parser.currentToken() == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          parser.nextToken();
          if ("index".equals(field)) {
            index = asInt(parser, 0);
          } else if ("id".equals(field)) {
            id = text(parser);
          } else if ("function".equals(field)) {
            name = arguments = null;
            if (parser.currentToken() == JsonToken.START_OBJECT) {
              while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String part = parser.currentName();
                parser.nextToken();
                switch (part) {
                  case "name" -> name = text(parser);
                  case "arguments" -> arguments = text(parser);
                  default -> parser.skipChildren();
                }
              }
            } else {
              parser.skipChildren();
            }
          } else {
            parser.skipChildren();
          }
        }
      } else {
        parser.skipChildren();
      }
      chunk.addTool(index, id, name, arguments);
    }
  }

  private void readUsage(JsonParser parser) throws IOException {
    chunk.usage = parser.currentToken() == JsonToken.START_OBJECT;
    if (!chunk.usage) {
      parser.skipChildren();
      return;
    }
    chunk.promptTokens = chunk.completionTokens = chunk.cachedTokens = chunk.reasoningTokens = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      switch (name) {
        case "prompt_tokens" -> chunk.promptTokens = whole(parser);
        case "completion_tokens" -> chunk.completionTokens = whole(parser);
        case "prompt_tokens_details" -> chunk.cachedTokens = wholeInside(parser, "cached_tokens");
        case "completion_tokens_details" -> chunk.reasoningTokens = wholeInside(parser, "reasoning_tokens");
        default -> parser.skipChildren();
      }
    }
  }

  /** The whole number at {@code field} of the object the parser is on, else null. */
  private static Long wholeInside(JsonParser parser, String field) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return null;
    }
    Long value = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      boolean wanted = field.equals(parser.currentName());
      parser.nextToken();
      if (wanted) {
        value = whole(parser);
      } else {
        parser.skipChildren();
      }
    }
    return value;
  }

  private static String skip(JsonParser parser) throws IOException {
    parser.skipChildren();
    return null;
  }

  private static boolean skipFalse(JsonParser parser) throws IOException {
    parser.skipChildren();
    return false;
  }
}

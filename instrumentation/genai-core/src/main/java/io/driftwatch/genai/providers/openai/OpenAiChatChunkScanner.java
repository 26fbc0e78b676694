package io.driftwatch.genai.providers.openai;

import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.JsonScanner;
import io.driftwatch.genai.providers.JsonScanner.Unsupported;

/**
 * Reads a chunk's bytes with the allocation-free {@link JsonScanner} into {@link OpenAiChatChunk},
 * rule for rule as {@link OpenAiChatChunkParser} does (keep the two in step). A content chunk makes
 * no object; Strings are made only for the once-per-stream id, model and fingerprint and for tool
 * call names and arguments. {@link Unsupported} means: read the event again with the parser.
 */
final class OpenAiChatChunkScanner {

  private final OpenAiChatChunk chunk;
  private final JsonScanner json = new JsonScanner();

  OpenAiChatChunkScanner(OpenAiChatChunk chunk) {
    this.chunk = chunk;
  }

  void read(byte[] data, int offset, int length, GenAiCall call) throws Unsupported {
    json.reset(data, offset, length);
    json.beginTopObject();
    chunk.begin(call);
    while (json.nextField()) {
      if (json.nameIs("id")) {
        chunk.id = chunk.wantId ? json.stringOrNull() : skip();
      } else if (json.nameIs("model")) {
        chunk.model = chunk.wantModel ? json.stringOrNull() : skip();
      } else if (json.nameIs("system_fingerprint")) {
        chunk.fingerprint = chunk.wantFingerprint ? json.stringOrNull() : skip();
      } else if (json.nameIs("choices")) {
        chunk.clearChoices();
        readChoices();
      } else if (json.nameIs("usage")) {
        readUsage();
      } else {
        json.skipValue();
      }
    }
  }

  private void readChoices() throws Unsupported {
    int position = 0;
    switch (json.kind()) {
      case JsonScanner.ARRAY:
        json.beginArray();
        while (json.nextElement()) {
          readChoiceOrSkip(position++);
        }
        return;
      case JsonScanner.OBJECT: // a tree iterates an object's field values
        json.beginObject();
        while (json.nextField()) {
          readChoiceOrSkip(position++);
        }
        return;
      default:
        json.skipValue();
    }
  }

  private void readChoiceOrSkip(int position) throws Unsupported {
    if (json.kind() == JsonScanner.OBJECT) {
      readChoice(position);
    } else {
      json.skipValue();
    }
  }

  private void readChoice(int position) throws Unsupported {
    int index = position;
    String finish = null;
    int textMark = chunk.text.length();
    int toolMark = chunk.tools;
    boolean refused = false;
    json.beginObject();
    while (json.nextField()) {
      if (json.nameIs("index")) {
        index = json.intValue(position);
      } else if (json.nameIs("finish_reason")) {
        finish = json.stringOrNull(OpenAiChatChunk.KNOWN_FINISH_REASONS);
      } else if (json.nameIs("delta")) {
        chunk.text.setLength(textMark);
        chunk.tools = toolMark;
        refused = json.kind() == JsonScanner.OBJECT ? readDelta(textMark, toolMark) : skipFalse();
      } else {
        json.skipValue();
      }
    }
    chunk.endChoice(index, finish, refused, textMark, toolMark);
  }

  /** @return whether the delta carries a refusal */
  private boolean readDelta(int textMark, int toolMark) throws Unsupported {
    boolean refused = false;
    json.beginObject();
    while (json.nextField()) {
      if (json.nameIs("content")) {
        chunk.text.setLength(textMark);
        json.appendString(chunk.text);
      } else if (json.nameIs("refusal")) {
        refused = json.skipIsString();
      } else if (json.nameIs("tool_calls")) {
        chunk.tools = toolMark;
        readToolCalls();
      } else {
        json.skipValue();
      }
    }
    return refused;
  }

  private void readToolCalls() throws Unsupported {
    switch (json.kind()) {
      case JsonScanner.ARRAY:
        json.beginArray();
        while (json.nextElement()) {
          readToolCall();
        }
        return;
      case JsonScanner.OBJECT:
        json.beginObject();
        while (json.nextField()) {
          readToolCall();
        }
        return;
      default:
        json.skipValue();
    }
  }

  private void readToolCall() throws Unsupported {
    int index = 0;
    String id = null;
    String name = null;
    String arguments = null;
    if (json.kind() == JsonScanner.OBJECT) {
      json.beginObject();
      while (json.nextField()) {
        if (json.nameIs("index")) {
          index = json.intValue(0);
        } else if (json.nameIs("id")) {
          id = json.stringOrNull();
        } else if (json.nameIs("function")) {
          name = arguments = null;
          if (json.kind() == JsonScanner.OBJECT) {
            json.beginObject();
            while (json.nextField()) {
              if (json.nameIs("name")) {
                name = json.stringOrNull();
              } else if (json.nameIs("arguments")) {
                arguments = json.stringOrNull();
              } else {
                json.skipValue();
              }
            }
          } else {
            json.skipValue();
          }
        } else {
          json.skipValue();
        }
      }
    } else {
      json.skipValue();
    }
    chunk.addTool(index, id, name, arguments);
  }

  private void readUsage() throws Unsupported {
    chunk.usage = json.kind() == JsonScanner.OBJECT;
    if (!chunk.usage) {
      json.skipValue();
      return;
    }
    chunk.promptTokens = chunk.completionTokens = chunk.cachedTokens = chunk.reasoningTokens = null;
    json.beginObject();
    while (json.nextField()) {
      if (json.nameIs("prompt_tokens")) {
        chunk.promptTokens = json.wholeOrNull();
      } else if (json.nameIs("completion_tokens")) {
        chunk.completionTokens = json.wholeOrNull();
      } else if (json.nameIs("prompt_tokens_details")) {
        chunk.cachedTokens = wholeInside("cached_tokens");
      } else if (json.nameIs("completion_tokens_details")) {
        chunk.reasoningTokens = wholeInside("reasoning_tokens");
      } else {
        json.skipValue();
      }
    }
  }

  /** The whole number at {@code field} of the object at the cursor, else null. */
  private Long wholeInside(String field) throws Unsupported {
    if (json.kind() != JsonScanner.OBJECT) {
      json.skipValue();
      return null;
    }
    Long value = null;
    json.beginObject();
    while (json.nextField()) {
      if (json.nameIs(field)) {
        value = json.wholeOrNull();
      } else {
        json.skipValue();
      }
    }
    return value;
  }

  private String skip() throws Unsupported {
    json.skipValue();
    return null;
  }

  private boolean skipFalse() throws Unsupported {
    json.skipValue();
    return false;
  }
}

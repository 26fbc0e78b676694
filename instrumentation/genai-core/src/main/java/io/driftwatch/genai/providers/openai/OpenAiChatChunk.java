package io.driftwatch.genai.providers.openai;

import static io.driftwatch.genai.providers.JsonTokens.appendText;
import static io.driftwatch.genai.providers.JsonTokens.asInt;
import static io.driftwatch.genai.providers.JsonTokens.nextElement;
import static io.driftwatch.genai.providers.JsonTokens.text;
import static io.driftwatch.genai.providers.JsonTokens.whole;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.driftwatch.genai.providers.FinishReasons;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.ToolCallAssembler;
import java.io.IOException;
import java.util.Arrays;

/**
 * One {@code chat.completion.chunk} read with the streaming parser into reused scratch fields, and
 * folded into the call only once the whole event parsed (a malformed event folds nothing, as with
 * a tree). Reads what the tree-based fold read, with the same last-key-wins and odd-type rules.
 */
final class OpenAiChatChunk {

  private boolean wantId;
  private boolean wantModel;
  private boolean wantFingerprint;
  private String id;
  private String model;
  private String fingerprint;
  /** The delta text of every choice, in order: it all goes to the one output. */
  private final StringBuilder text = new StringBuilder();
  private String refusal;
  private boolean content;
  private int tools;
  private int[] toolIndex = new int[4];
  private String[] toolName = new String[4];
  private String[] toolArguments = new String[4];
  private int finishes;
  private int[] finishIndex = new int[2];
  private String[] finishReason = new String[2];
  private boolean usage;
  private Long promptTokens;
  private Long completionTokens;
  private Long cachedTokens;
  private Long reasoningTokens;

  /** Reads the event's object; the parser is on its START_OBJECT. */
  void read(JsonParser parser, GenAiCall call) throws IOException {
    wantId = call.responseId == null;
    wantModel = call.responseModel == null;
    wantFingerprint = call.systemFingerprint == null;
    id = model = fingerprint = null;
    usage = false;
    clearChoices();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      switch (name) {
        case "id" -> id = wantId ? text(parser) : skip(parser);
        case "model" -> model = wantModel ? text(parser) : skip(parser);
        case "system_fingerprint" -> fingerprint = wantFingerprint ? text(parser) : skip(parser);
        case "choices" -> {
          clearChoices();
          readChoices(parser);
        }
        case "usage" -> readUsage(parser);
        default -> parser.skipChildren();
      }
    }
  }

  /** @return true when the chunk carried answer content */
  boolean foldInto(GenAiCall call, ToolCallAssembler toolCalls, FinishReasons finishReasons) {
    if (wantId) {
      call.responseId = id;
    }
    if (wantModel) {
      call.responseModel = model;
    }
    if (wantFingerprint) {
      call.systemFingerprint = fingerprint;
    }
    if (text.length() > 0) {
      call.output.append(text);
    }
    if (refusal != null) {
      call.providerRefusal = refusal;
    }
    for (int i = 0; i < tools; i++) {
      toolCalls.name(toolIndex[i], toolName[i]);
      toolCalls.arguments(toolIndex[i], toolArguments[i]);
    }
    for (int i = 0; i < finishes; i++) {
      finishReasons.put(finishIndex[i], finishReason[i]);
    }
    if (usage) {
      call.inputTokens = promptTokens;
      call.outputTokens = completionTokens;
      call.cacheReadInputTokens = cachedTokens;
      call.reasoningOutputTokens = reasoningTokens;
    }
    Arrays.fill(toolName, 0, tools, null); // hold no strings of this chunk until the next
    Arrays.fill(toolArguments, 0, tools, null);
    return content;
  }

  private void clearChoices() {
    text.setLength(0);
    refusal = null;
    content = false;
    tools = 0;
    finishes = 0;
    if (text.capacity() > 64 * 1024) {
      text.setLength(0);
      text.trimToSize();
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
    int textMark = text.length();
    int toolMark = tools;
    boolean refused = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      switch (name) {
        case "index" -> index = asInt(parser, position);
        case "finish_reason" -> finish = text(parser);
        case "delta" -> {
          text.setLength(textMark);
          tools = toolMark;
          refused = parser.currentToken() == JsonToken.START_OBJECT ? readDelta(parser, textMark, toolMark) : skipFalse(parser);
        }
        default -> parser.skipChildren();
      }
    }
    if (text.length() > textMark || tools > toolMark) {
      content = true;
    }
    if (refused) {
      refusal = "refusal";
      content = true;
    }
    if (finish != null) {
      addFinish(index, finish);
      if ("content_filter".equals(finish)) {
        refusal = finish;
      }
    }
  }

  /** @return whether the delta carries a refusal */
  private boolean readDelta(JsonParser parser, int textMark, int toolMark) throws IOException {
    boolean refused = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      switch (name) {
        case "content" -> {
          text.setLength(textMark);
          appendText(parser, text);
        }
        case "refusal" -> refused = text(parser) != null;
        case "tool_calls" -> {
          tools = toolMark;
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
      String name = null;
      String arguments = null;
      if (parser.currentToken() == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          parser.nextToken();
          if ("index".equals(field)) {
            index = asInt(parser, 0);
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
      addTool(index, name, arguments);
    }
  }

  private void readUsage(JsonParser parser) throws IOException {
    usage = parser.currentToken() == JsonToken.START_OBJECT;
    if (!usage) {
      parser.skipChildren();
      return;
    }
    promptTokens = completionTokens = cachedTokens = reasoningTokens = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      switch (name) {
        case "prompt_tokens" -> promptTokens = whole(parser);
        case "completion_tokens" -> completionTokens = whole(parser);
        case "prompt_tokens_details" -> cachedTokens = wholeInside(parser, "cached_tokens");
        case "completion_tokens_details" -> reasoningTokens = wholeInside(parser, "reasoning_tokens");
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

  private void addTool(int index, String name, String arguments) {
    if (tools == toolIndex.length) {
      toolIndex = Arrays.copyOf(toolIndex, tools * 2);
      toolName = Arrays.copyOf(toolName, tools * 2);
      toolArguments = Arrays.copyOf(toolArguments, tools * 2);
    }
    toolIndex[tools] = index;
    toolName[tools] = name;
    toolArguments[tools] = arguments;
    tools++;
  }

  private void addFinish(int index, String reason) {
    if (finishes == finishIndex.length) {
      finishIndex = Arrays.copyOf(finishIndex, finishes * 2);
      finishReason = Arrays.copyOf(finishReason, finishes * 2);
    }
    finishIndex[finishes] = index;
    finishReason[finishes] = reason;
    finishes++;
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

package io.driftwatch.genai.providers.openai;

import io.driftwatch.genai.providers.FinishReasons;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.ToolCallAssembler;
import java.util.Arrays;

/**
 * What one {@code chat.completion.chunk} says, in reused scratch fields, folded into the call only
 * once the whole event was read (a malformed event folds nothing, as with a tree). Filled by
 * {@link OpenAiChatChunkScanner} (bytes, no allocation) or, for what that leaves, by
 * {@link OpenAiChatChunkParser} (Jackson); both read with the same last-key-wins and odd-type rules.
 */
final class OpenAiChatChunk {

  /** Finish reasons returned as these constants instead of a new String per chunk. */
  static final String[] KNOWN_FINISH_REASONS = {"stop", "length", "tool_calls", "content_filter", "function_call"};

  boolean wantId;
  boolean wantModel;
  boolean wantFingerprint;
  String id;
  String model;
  String fingerprint;
  /** The delta text of every choice, in order: it all goes to the one output. */
  final StringBuilder text = new StringBuilder();
  String refusal;
  boolean content;
  int tools;
  private int[] toolIndex = new int[4];
  private String[] toolId = new String[4];
  private String[] toolName = new String[4];
  private String[] toolArguments = new String[4];
  private int finishes;
  private int[] finishIndex = new int[2];
  private String[] finishReason = new String[2];
  boolean usage;
  Long promptTokens;
  Long completionTokens;
  Long cachedTokens;
  Long reasoningTokens;

  /** Starts reading an event for {@code call}: forgets the last event. */
  void begin(GenAiCall call) {
    wantId = call.responseId == null;
    wantModel = call.responseModel == null;
    wantFingerprint = call.systemFingerprint == null;
    id = model = fingerprint = null;
    usage = false;
    clearChoices();
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
      toolCalls.id(toolIndex[i], toolId[i]);
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
    Arrays.fill(toolId, 0, tools, null);
    Arrays.fill(toolName, 0, tools, null); // hold no strings of this chunk until the next
    Arrays.fill(toolArguments, 0, tools, null);
    return content;
  }

  void clearChoices() {
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

  /** The end of one choice: what it added, since {@code textMark} and {@code toolMark}, decides. */
  void endChoice(int index, String finish, boolean refused, int textMark, int toolMark) {
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

  void addTool(int index, String id, String name, String arguments) {
    if (tools == toolIndex.length) {
      toolIndex = Arrays.copyOf(toolIndex, tools * 2);
      toolId = Arrays.copyOf(toolId, tools * 2);
      toolName = Arrays.copyOf(toolName, tools * 2);
      toolArguments = Arrays.copyOf(toolArguments, tools * 2);
    }
    toolIndex[tools] = index;
    toolId[tools] = id;
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
}

package io.driftwatch.genai.providers.openai;

import static io.driftwatch.genai.providers.Json.text;
import static io.driftwatch.genai.providers.Json.whole;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.FinishReasons;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.StreamAccumulator;
import io.driftwatch.genai.providers.ToolCallAssembler;

/** OpenAI Chat Completions chunks ({@code chat.completion.chunk}). */
public final class OpenAiChatStreamAccumulator implements StreamAccumulator {

  private final ToolCallAssembler toolCalls = new ToolCallAssembler();
  /** By choice index: a reason repeated in later chunks, or one per chunk, is kept once per choice. */
  private final FinishReasons finishReasons = new FinishReasons();

  @Override
  public boolean onEvent(String eventType, JsonNode event, GenAiCall call) {
    if (call.responseId == null) {
      call.responseId = text(event, "id");
    }
    if (call.responseModel == null) {
      call.responseModel = text(event, "model");
    }
    if (call.systemFingerprint == null) {
      call.systemFingerprint = text(event, "system_fingerprint");
    }
    boolean content = false;
    int position = 0;
    for (JsonNode choice : event.path("choices")) {
      int choiceIndex = choice.path("index").asInt(position++);
      JsonNode delta = choice.path("delta");
      String text = text(delta, "content");
      if (text != null && !text.isEmpty()) {
        call.output.append(text);
        content = true;
      }
      if (text(delta, "refusal") != null) {
        call.providerRefusal = "refusal";
        content = true;
      }
      for (JsonNode toolCall : delta.path("tool_calls")) {
        int index = toolCall.path("index").asInt(0);
        toolCalls.name(index, text(toolCall.path("function"), "name"));
        toolCalls.arguments(index, text(toolCall.path("function"), "arguments"));
        content = true;
      }
      String finishReason = text(choice, "finish_reason");
      if (finishReason != null) {
        finishReasons.put(choiceIndex, finishReason);
        if ("content_filter".equals(finishReason)) {
          call.providerRefusal = finishReason;
        }
      }
    }
    JsonNode usage = event.get("usage");
    if (usage != null && usage.isObject()) {
      call.inputTokens = whole(usage, "prompt_tokens");
      call.outputTokens = whole(usage, "completion_tokens");
      call.cacheReadInputTokens = whole(usage.path("prompt_tokens_details"), "cached_tokens");
      call.reasoningOutputTokens = whole(usage.path("completion_tokens_details"), "reasoning_tokens");
    }
    return content;
  }

  @Override
  public void finish(GenAiCall call) {
    toolCalls.addTo(call);
    finishReasons.addTo(call);
  }
}

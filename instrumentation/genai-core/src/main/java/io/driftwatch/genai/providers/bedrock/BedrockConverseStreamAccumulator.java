package io.driftwatch.genai.providers.bedrock;

import static io.driftwatch.genai.providers.Json.text;
import static io.driftwatch.genai.providers.Json.whole;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.EndMarker;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.ToolCallAssembler;
import io.driftwatch.genai.providers.TreeStreamAccumulator;
import io.driftwatch.genai.providers.stream.AwsEventStreamDecoder;
import java.util.Set;

/**
 * Bedrock ConverseStream events: messageStart, contentBlockStart/Delta/Stop, messageStop (the stop
 * reason) and metadata (usage), plus exceptions sent mid-stream.
 */
public final class BedrockConverseStreamAccumulator extends TreeStreamAccumulator implements EndMarker {

  private static final Set<String> WITHHELD = Set.of("guardrail_intervened", "content_filtered");

  private final ToolCallAssembler toolCalls = new ToolCallAssembler();
  private Long uncachedInputTokens;
  private boolean ended;

  @Override
  public boolean onEvent(String eventType, JsonNode event, GenAiCall call) {
    if (eventType == null) {
      return false;
    }
    if (eventType.startsWith(AwsEventStreamDecoder.EXCEPTION_PREFIX)) {
      call.providerErrorType = eventType.substring(AwsEventStreamDecoder.EXCEPTION_PREFIX.length());
      return false;
    }
    switch (eventType) {
      case "contentBlockStart":
        JsonNode toolUse = event.path("start").path("toolUse");
        if (!toolUse.isMissingNode()) {
          int index = event.path("contentBlockIndex").asInt(0);
          toolCalls.id(index, text(toolUse, "toolUseId"));
          toolCalls.name(index, text(toolUse, "name"));
        }
        return false;
      case "contentBlockDelta":
        JsonNode delta = event.path("delta");
        if (delta.has("toolUse")) {
          toolCalls.arguments(event.path("contentBlockIndex").asInt(0), text(delta.path("toolUse"), "input"));
          return true;
        }
        String text = text(delta, "text");
        if (text != null) {
          call.output.append(text);
          return true;
        }
        return false;
      case "messageStop":
        String stopReason = text(event, "stopReason");
        if (stopReason != null) {
          call.finishReasons.add(stopReason);
          if (WITHHELD.contains(stopReason)) {
            call.providerRefusal = stopReason;
          }
        }
        return false;
      case "metadata":
        JsonNode usage = event.path("usage");
        uncachedInputTokens = whole(usage, "inputTokens");
        call.cacheReadInputTokens = whole(usage, "cacheReadInputTokens");
        call.cacheCreationInputTokens = whole(usage, "cacheWriteInputTokens");
        call.outputTokens = whole(usage, "outputTokens");
        ended = true; // metadata is the last event of a complete answer
        return false;
      default:
        return false;
    }
  }

  @Override
  public boolean endSeen() {
    return ended;
  }

  @Override
  public void finish(GenAiCall call) {
    toolCalls.addTo(call);
    if (uncachedInputTokens != null) {
      call.inputTokens = GenAiCall.tokenSum(uncachedInputTokens, call.cacheReadInputTokens, call.cacheCreationInputTokens);
    }
  }
}

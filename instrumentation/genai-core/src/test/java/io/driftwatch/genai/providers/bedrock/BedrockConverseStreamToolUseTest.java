package io.driftwatch.genai.providers.bedrock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.ToolCall;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ConverseStream's toolUse blocks: the id and name open the block, the input arrives in fragments. */
class BedrockConverseStreamToolUseTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void toolUseBlockIsAssembledWithItsId() throws IOException {
    BedrockConverseStreamAccumulator accumulator = new BedrockConverseStreamAccumulator();
    GenAiCall call = new GenAiCall();
    fold(accumulator, call, "contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"Let me look.\"}}");
    fold(accumulator, call, "contentBlockStart",
        "{\"contentBlockIndex\":1,\"start\":{\"toolUse\":{\"toolUseId\":\"tooluse_9\",\"name\":\"get_weather\"}}}");
    fold(accumulator, call, "contentBlockDelta", "{\"contentBlockIndex\":1,\"delta\":{\"toolUse\":{\"input\":\"{\\\"city\\\":\"}}}");
    fold(accumulator, call, "contentBlockDelta", "{\"contentBlockIndex\":1,\"delta\":{\"toolUse\":{\"input\":\"\\\"Oslo\\\"}\"}}}");
    fold(accumulator, call, "messageStop", "{\"stopReason\":\"tool_use\"}");
    accumulator.finish(call);

    assertEquals(List.of(new ToolCall("tooluse_9", "get_weather", "{\"city\":\"Oslo\"}")), call.toolCalls);
    assertEquals("Let me look.", call.output.text());
    assertEquals(List.of("tool_use"), call.finishReasons);
  }

  private static void fold(BedrockConverseStreamAccumulator accumulator, GenAiCall call, String type, String json)
      throws IOException {
    accumulator.onEvent(type, JSON.readTree(json), call);
  }
}

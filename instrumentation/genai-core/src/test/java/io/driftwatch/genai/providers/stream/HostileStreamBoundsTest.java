package io.driftwatch.genai.providers.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.ToolCallAssembler;
import io.driftwatch.genai.providers.openai.OpenAiFormat;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Streams that try to grow the agent's per-call state: every accumulator stays within its bounds. */
class HostileStreamBoundsTest {

  private static final LlmEndpoint CHAT = new LlmEndpoint("openai", OpenAiFormat.OPENAI_CHAT, null);

  private static GenAiCall sealed(StreamObserver observer, Map<String, Integer> drops) {
    GenAiCall call = observer.finish();
    call.seal((reason, message) -> drops.merge(reason, 1, Integer::sum));
    return call;
  }

  @Test
  void aNewToolCallIndexInEveryChunkKeepsTheFirstOnesAndCountsTheDrop() {
    StreamObserver observer = StreamObserver.forResponse(CHAT, "text/event-stream", System.nanoTime());
    StringBuilder sse = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      sse.append("data: {\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":").append(i)
          .append(",\"function\":{\"name\":\"t").append(i).append("\",\"arguments\":\"{}\"}}]}}]}\n\n");
    }
    StreamBodies.feedText(observer, sse.toString());
    Map<String, Integer> drops = new HashMap<>();
    GenAiCall call = sealed(observer, drops);
    assertEquals(GenAiCall.MAX_TOOL_CALLS, call.toolCalls.size());
    assertEquals("t0", call.toolCalls.get(0).name());
    assertEquals(1, drops.get(GenAiCall.TOOL_CALLS_BOUNDED));
  }

  @Test
  void argumentsPastTheBoundAreDroppedWholeNeverSplicedFromALaterSmallerFragment() {
    ToolCallAssembler assembler = new ToolCallAssembler();
    assembler.name(0, "big");
    assembler.arguments(0, "{\"a\":\"");
    assembler.arguments(0, "x".repeat(ToolCallAssembler.MAX_ARGUMENT_CHARS));
    assembler.arguments(0, "\"}");
    assembler.name(1, "small");
    assembler.arguments(1, "{}");
    GenAiCall call = new GenAiCall();
    assembler.addTo(call);
    assertNull(call.toolCalls.get(0).arguments());
    assertEquals("{}", call.toolCalls.get(1).arguments());
    Map<String, Integer> drops = new HashMap<>();
    call.seal((reason, message) -> drops.merge(reason, 1, Integer::sum));
    assertEquals(1, drops.get("tool_arguments_bounded"));
  }

  @Test
  void aLongFinishReasonInEveryChunkIsKeptOncePerChoiceAndCut() {
    StreamObserver observer = StreamObserver.forResponse(CHAT, "text/event-stream", System.nanoTime());
    StringBuilder sse = new StringBuilder();
    String longReason = "r".repeat(5_000);
    for (int i = 0; i < 2_000; i++) {
      sse.append("data: {\"choices\":[{\"index\":").append(i % 3 == 0 ? 0 : i)
          .append(",\"delta\":{\"content\":\"a\"},\"finish_reason\":\"").append(longReason).append("\"}]}\n\n");
    }
    StreamBodies.feedText(observer, sse.toString());
    Map<String, Integer> drops = new HashMap<>();
    GenAiCall call = sealed(observer, drops);
    assertEquals(GenAiCall.MAX_FINISH_REASONS, call.finishReasons.size());
    assertTrue(call.finishReasons.stream().allMatch(r -> r.length() <= GenAiCall.MAX_FINISH_REASON_CHARS));
    assertEquals(1, drops.get(GenAiCall.FINISH_REASONS_BOUNDED));
  }

  @Test
  void finishReasonsAddedOneByOneStopAtTheBound() {
    GenAiCall call = new GenAiCall();
    for (int i = 0; i < 1_000; i++) {
      call.finishReasons.add("end_turn_" + "x".repeat(100));
    }
    assertEquals(GenAiCall.MAX_FINISH_REASONS, call.finishReasons.size());
    assertTrue(call.finishReasons.get(0).length() <= GenAiCall.MAX_FINISH_REASON_CHARS);
    Map<String, Integer> drops = new HashMap<>();
    call.seal((reason, message) -> drops.merge(reason, 1, Integer::sum));
    assertEquals(1, drops.get(GenAiCall.FINISH_REASONS_BOUNDED));
  }
}

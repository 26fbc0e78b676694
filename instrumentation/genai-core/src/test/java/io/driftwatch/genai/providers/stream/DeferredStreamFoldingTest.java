package io.driftwatch.genai.providers.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.anthropic.AnthropicFormat;
import io.driftwatch.genai.providers.ollama.OllamaFormat;
import io.driftwatch.genai.providers.openai.OpenAiFormat;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A stream read on an event loop is only framed there: the fold waits for {@link StreamObserver#finish},
 * gives what folding inline gives, keeps the arrival times, and stays within its bound.
 */
class DeferredStreamFoldingTest {

  private static final LlmEndpoint CHAT = new LlmEndpoint("openai", OpenAiFormat.OPENAI_CHAT, null);
  private static final LlmEndpoint MESSAGES = new LlmEndpoint("anthropic", AnthropicFormat.ANTHROPIC_MESSAGES, null);

  private static StreamObserver observer(LlmEndpoint endpoint, boolean deferred) {
    StreamObserver observer = StreamObserver.forResponse(endpoint, "text/event-stream", System.nanoTime());
    if (deferred) {
      observer.deferFolding();
    }
    return observer;
  }

  private static String describe(GenAiCall call, StreamObserver observer) {
    return String.join("|", call.responseId, call.responseModel, call.output.text(), "" + call.finishReasons,
        "" + call.toolCalls, "" + call.inputTokens, "" + call.outputTokens, "chunks=" + observer.timings().chunks(),
        "events=" + observer.events(), "malformed=" + observer.malformedEvents(), "end=" + observer.terminalEventSeen());
  }

  private static final String ANTHROPIC = String.join("\n\n",
      "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"model\":\"claude\","
          + "\"usage\":{\"input_tokens\":10,\"output_tokens\":1}}}",
      "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\"}}",
      "event: ping\ndata: {\"type\":\"ping\"}",
      "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Hi \"}}",
      "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"there\"}}",
      "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"tool_use\",\"name\":\"calc\"}}",
      "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{}\"}}",
      "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\"},\"usage\":{\"output_tokens\":7}}",
      "event: message_stop\ndata: {\"type\":\"message_stop\"}", "");

  @Test
  void streamsFoldAsTheyDoInline() {
    StreamObserver inline = observer(CHAT, false);
    StreamObserver deferred = observer(CHAT, true);
    StreamBodies.feed(inline, "openai-chat/response-stream.sse");
    StreamBodies.feed(deferred, "openai-chat/response-stream.sse");
    assertEquals(describe(inline.finish(), inline), describe(deferred.finish(), deferred));

    inline = observer(MESSAGES, false);
    deferred = observer(MESSAGES, true);
    StreamBodies.feedText(inline, ANTHROPIC);
    StreamBodies.feedText(deferred, ANTHROPIC);
    String folded = describe(deferred.finish(), deferred);
    assertEquals(describe(inline.finish(), inline), folded);
    assertTrue(folded.contains("Hi there"), folded);
  }

  @Test
  void theReadingThreadOnlyFramesAndTheEndIsStillSeen() {
    StreamObserver observer = observer(CHAT, true);
    StreamBodies.feedText(observer, "data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\n\n"
        + "data: not json\n\ndata: [DONE]\n\n");
    assertEquals(0, observer.timings().chunks(), "nothing folded on the reading thread");
    assertEquals(0, observer.malformedEvents());
    assertTrue(observer.terminalEventSeen());
    GenAiCall call = observer.finish();
    assertEquals("a", call.output.text());
    assertEquals(1, observer.timings().chunks());
    assertEquals(1, observer.malformedEvents());
  }

  @Test
  void timeToFirstChunkIsWhenTheChunkArrivedNotWhenItWasFolded() throws InterruptedException {
    long start = System.nanoTime();
    StreamObserver observer = StreamObserver.forResponse(CHAT, "text/event-stream", start);
    observer.deferFolding();
    StreamBodies.feedText(observer, "data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\n\n");
    double arrived = (System.nanoTime() - start) / 1e9;
    Thread.sleep(50);
    observer.finish();
    assertTrue(observer.timings().timeToFirstChunkSeconds() <= arrived,
        observer.timings().timeToFirstChunkSeconds() + " > " + arrived);
  }

  @Test
  void eventsPastTheBoundAreDroppedAndCountedOnce() {
    StreamObserver observer = observer(CHAT, true);
    String event = "data: {\"choices\":[{\"delta\":{\"content\":\"" + "x".repeat(1000) + "\"}}]}\n\n";
    int events = FramedEvents.MAX_BYTES / 1000 + 100;
    for (int i = 0; i < events; i++) {
      StreamBodies.feedText(observer, event);
    }
    GenAiCall call = observer.finish();
    Map<String, Integer> drops = new HashMap<>();
    call.seal((reason, message) -> drops.merge(reason, 1, Integer::sum));
    assertEquals(1, drops.get(StreamObserver.EVENTS_BOUNDED));
    long kept = observer.timings().chunks();
    assertTrue(kept > 0 && kept < events, kept + " of " + events);
    assertEquals(kept * 1000, call.output.length());
  }

  @Test
  void formatsThatTellTheEndInsideAnEventStillFoldAsTheyPass() {
    StreamObserver observer = StreamObserver.forResponse(new LlmEndpoint("ollama", OllamaFormat.OLLAMA_CHAT),
        "application/x-ndjson", System.nanoTime());
    observer.deferFolding();
    StreamBodies.feedText(observer, "{\"message\":{\"content\":\"hi\"},\"done\":false}\n{\"done\":true}\n");
    assertTrue(observer.terminalEventSeen(), "closing after done must not read as a cancellation");
    assertFalse(observer.finish().output.text().isEmpty());
  }
}

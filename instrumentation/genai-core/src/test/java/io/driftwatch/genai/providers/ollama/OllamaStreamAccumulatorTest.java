package io.driftwatch.genai.providers.ollama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.ToolCall;
import io.driftwatch.genai.providers.stream.StreamBodies;
import io.driftwatch.genai.providers.stream.StreamObserver;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ollama NDJSON streams: text per line, counts and done reason on the last ("done": true) line. */
class OllamaStreamAccumulatorTest {

  private static final String NDJSON = "application/x-ndjson";

  private static StreamObserver observer(OllamaFormat format) {
    return StreamObserver.forResponse(new LlmEndpoint("ollama", format), NDJSON, System.nanoTime());
  }

  @Test
  void chatStreamGivesTextModelDoneReasonAndCounts() {
    StreamObserver observer = observer(OllamaFormat.OLLAMA_CHAT);
    StreamBodies.feed(observer, "ollama-chat/response-stream.ndjson");

    GenAiCall call = observer.finish();
    assertEquals("Rayleigh scattering.", call.output.text());
    assertEquals("llama3.2", call.responseModel);
    assertEquals(List.of("stop"), call.finishReasons);
    assertEquals(26L, call.inputTokens);
    assertEquals(3L, call.outputTokens);
  }

  @Test
  void onlyLinesWithContentAreChunksAndTheFinalLineEndsTheStream() {
    StreamObserver observer = observer(OllamaFormat.OLLAMA_CHAT);
    StreamBodies.feed(observer, "ollama-chat/response-stream.ndjson");

    assertEquals(3, observer.timings().chunks());
    assertEquals(4, observer.events());
    assertTrue(observer.terminalEventSeen());
    assertTrue(observer.timings().timeToFirstChunkSeconds() >= 0);
  }

  @Test
  void generateStreamReadsTheResponseField() {
    StreamObserver observer = observer(OllamaFormat.OLLAMA_GENERATE);
    StreamBodies.feed(observer, "ollama-generate/response-stream.ndjson");

    GenAiCall call = observer.finish();
    assertEquals("Because air scatters blue light.", call.output.text());
    assertEquals(30L, call.inputTokens);
    assertEquals(5L, call.outputTokens);
    assertEquals(3, observer.timings().chunks());
  }

  @Test
  void aStreamCutBeforeTheDoneLineHasNoUsageAndIsNotFinished() {
    StreamObserver observer = observer(OllamaFormat.OLLAMA_CHAT);
    StreamBodies.feedText(observer,
        "{\"model\":\"llama3.2\",\"message\":{\"role\":\"assistant\",\"content\":\"Hi\"},\"done\":false}\n");

    GenAiCall call = observer.finish();
    assertFalse(observer.terminalEventSeen());
    assertEquals("Hi", call.output.text());
    assertEquals(null, call.outputTokens);
    assertEquals(List.of(), call.finishReasons);
  }

  @Test
  void aMalformedLineIsCountedAndTheRestStillRead() {
    StreamObserver observer = observer(OllamaFormat.OLLAMA_CHAT);
    StreamBodies.feedText(observer, "{\"message\":{\"content\":\"A\"},\"done\":false}\n{not json\n"
        + "{\"message\":{\"content\":\"B\"},\"done\":true,\"done_reason\":\"stop\",\"eval_count\":2}\n");

    assertEquals(1, observer.malformedEvents());
    assertEquals("AB", observer.finish().output.text());
  }

  @Test
  void toolCallsInALineAreChunksAndToolCalls() {
    StreamObserver observer = observer(OllamaFormat.OLLAMA_CHAT);
    StreamBodies.feedText(observer, "{\"message\":{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":"
        + "[{\"function\":{\"name\":\"get_weather\",\"arguments\":{\"city\":\"Oslo\"}}}]},\"done\":false}\n");

    assertEquals(1, observer.timings().chunks());
    assertEquals(List.of(new ToolCall("get_weather", "{\"city\":\"Oslo\"}")), observer.finish().toolCalls);
  }

  @Test
  void aLastLineWithoutNewlineIsReadWhenTheStreamFinishes() {
    StreamObserver observer = observer(OllamaFormat.OLLAMA_GENERATE);
    StreamBodies.feedText(observer, "{\"response\":\"ok\",\"done\":true,\"done_reason\":\"stop\",\"eval_count\":1}");

    GenAiCall call = observer.finish();
    assertEquals("ok", call.output.text());
    assertEquals(1L, call.outputTokens);
  }
}

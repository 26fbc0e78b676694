package io.driftwatch.genai.providers.gemini;

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

/** Gemini streamGenerateContent?alt=sse: each event is a GenerateContentResponse with the next piece. */
class GeminiStreamAccumulatorTest {

  private static final LlmEndpoint STREAM =
      new LlmEndpoint("gcp.gemini", GeminiFormat.GEMINI_STREAM_GENERATE_CONTENT, "gemini-2.0-flash");

  private static StreamObserver observer() {
    return StreamObserver.forResponse(STREAM, "text/event-stream", System.nanoTime());
  }

  @Test
  void streamGivesTextIdModelFinishReasonAndFinalUsage() {
    StreamObserver observer = observer();
    StreamBodies.feed(observer, "gemini-generate-content/response-stream.sse");

    GenAiCall call = observer.finish();
    assertEquals("The capital of France is Paris.", call.output.text());
    assertEquals("c3RyZWFtLTE", call.responseId);
    assertEquals("gemini-2.0-flash", call.responseModel);
    assertEquals(List.of("stop"), call.finishReasons);
    assertEquals(21L, call.inputTokens);
    assertEquals(8L, call.outputTokens);
  }

  @Test
  void everyEventWithTextIsAChunkAndTheFinishReasonEndsTheStream() {
    StreamObserver observer = observer();
    StreamBodies.feed(observer, "gemini-generate-content/response-stream.sse");

    assertEquals(3, observer.timings().chunks());
    assertTrue(observer.terminalEventSeen());
    assertEquals(0, observer.malformedEvents());
  }

  @Test
  void thePathModelIsTheRequestModelEvenWithoutARequestBody() {
    assertEquals("gemini-2.0-flash", observer().finish().requestModel);
  }

  @Test
  void aFinishReasonRepeatedInALaterChunkIsCountedOnce() {
    StreamObserver observer = observer();
    StreamBodies.feedText(observer, "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"a\"}]},"
        + "\"finishReason\":\"MAX_TOKENS\",\"index\":0}]}\n\n"
        + "data: {\"candidates\":[{\"finishReason\":\"MAX_TOKENS\",\"index\":0}],"
        + "\"usageMetadata\":{\"promptTokenCount\":3,\"candidatesTokenCount\":1}}\n\n");

    assertEquals(List.of("max_tokens"), observer.finish().finishReasons);
  }

  @Test
  void streamedFunctionCallIsAToolCall() {
    StreamObserver observer = observer();
    StreamBodies.feedText(observer, "data: {\"candidates\":[{\"content\":{\"parts\":[{\"functionCall\":"
        + "{\"name\":\"get_time\",\"args\":{\"timezone\":\"UTC\"}}}]},\"finishReason\":\"STOP\"}]}\n\n");

    assertEquals(List.of(new ToolCall("get_time", "{\"timezone\":\"UTC\"}")), observer.finish().toolCalls);
  }

  @Test
  void aBlockedPromptEndsTheStreamAsARefusal() {
    StreamObserver observer = observer();
    StreamBodies.feedText(observer,
        "data: {\"promptFeedback\":{\"blockReason\":\"SAFETY\"},\"usageMetadata\":{\"promptTokenCount\":9}}\n\n");

    assertTrue(observer.terminalEventSeen());
    assertEquals("safety", observer.finish().providerRefusal);
    assertEquals(0, observer.timings().chunks());
  }

  @Test
  void aStreamCutBeforeTheFinishReasonIsNotFinished() {
    StreamObserver observer = observer();
    StreamBodies.feedText(observer, "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"The\"}]}}]}\n\n");

    assertFalse(observer.terminalEventSeen());
    assertEquals(List.of(), observer.finish().finishReasons);
  }
}

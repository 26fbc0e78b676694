package io.driftwatch.genai.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.emit.quality.QualityScore;
import io.driftwatch.genai.testing.Exchanges;
import io.driftwatch.genai.testing.Telemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The log-based events: a quality score is a {@code gen_ai.evaluation.result} log record tied to
 * the scored call's span, operation details are one opt-in record per call, and span events can be
 * switched off for a backend that reads the logs.
 */
class LogEventsPipelineTest {

  private Pipeline pipeline;

  @AfterEach
  void close() {
    pipeline.close();
  }

  private Telemetry scoredChat(Map<String, String> config) throws InterruptedException {
    pipeline = Pipeline.with(config);
    Exchanges.respond(Exchanges.openAiChat("openai-chat/request-max-completion-tokens.json"), 200,
        "openai-chat/response.json");
    String responseId = awaitSpan().getAttributes().get(AttributeKey.stringKey("gen_ai.response.id"));
    pipeline.analyzer.submitQuality(new QualityScore(responseId, "faithfulness", 0.35, "hallucinated",
        "cites a step that does not exist", System.currentTimeMillis() * 1_000_000L));
    return pipeline.finish();
  }

  /** The call's span, once the analyzer thread has emitted it (a quality score needs the call first). */
  private SpanData awaitSpan() throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (pipeline.telemetry.spans().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    return pipeline.telemetry.spans().get(0);
  }

  private static List<LogRecordData> named(Telemetry telemetry, String eventName) {
    return telemetry.logs().stream().filter(log -> eventName.equals(log.getEventName())).toList();
  }

  @Test
  void aQualityScoreIsAnEvaluationResultLogRecordOnTheCallsSpan() throws InterruptedException {
    Telemetry telemetry = scoredChat(Map.of());

    SpanData call = telemetry.spans().stream().filter(s -> s.getName().startsWith("chat")).findFirst().orElseThrow();
    List<LogRecordData> results = named(telemetry, "gen_ai.evaluation.result");
    assertEquals(1, results.size(), telemetry.logs()::toString);
    LogRecordData result = results.get(0);
    assertEquals(call.getSpanContext().getTraceId(), result.getSpanContext().getTraceId());
    assertEquals(call.getSpanContext().getSpanId(), result.getSpanContext().getSpanId());
    assertEquals("faithfulness", result.getAttributes().get(AttributeKey.stringKey("gen_ai.evaluation.name")));
    assertEquals(0.35, result.getAttributes().get(AttributeKey.doubleKey("gen_ai.evaluation.score.value")));
    assertTrue(telemetry.spans().stream().anyMatch(s -> s.getName().equals("evaluation faithfulness")),
        "span events stay on by default");
    assertEquals(List.of(), named(telemetry, "gen_ai.client.inference.operation.details"), "details are opt-in");
  }

  @Test
  void spanEventsCanBeSwitchedOffAndTheLogRecordsStay() throws InterruptedException {
    Telemetry telemetry = scoredChat(Map.of(GenAiSettings.SPAN_EVENTS, "false"));

    assertFalse(telemetry.spans().stream().anyMatch(s -> s.getName().startsWith("evaluation")));
    assertEquals(1, named(telemetry, "gen_ai.evaluation.result").size());
  }

  @Test
  void operationDetailsAreOneOptInRecordPerCallWithItsMessagesWhenCaptured() throws InterruptedException {
    Telemetry telemetry = scoredChat(Map.of(GenAiSettings.OPERATION_DETAILS_EVENTS, "true",
        GenAiSettings.CAPTURE_MESSAGE_CONTENT, "true"));

    List<LogRecordData> details = named(telemetry, "gen_ai.client.inference.operation.details");
    assertEquals(1, details.size());
    SpanData call = telemetry.spans().stream().filter(s -> s.getName().startsWith("chat")).findFirst().orElseThrow();
    assertEquals(call.getSpanContext().getSpanId(), details.get(0).getSpanContext().getSpanId());
    assertEquals("chat", details.get(0).getAttributes().get(AttributeKey.stringKey("gen_ai.operation.name")));
    assertTrue(details.get(0).getAttributes().get(AttributeKey.stringKey("gen_ai.input.messages")).contains("\"role\""));
  }
}

package io.driftwatch.genai.emit.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.emit.Catalogue;
import io.driftwatch.genai.testing.Telemetry;
import io.driftwatch.genai.util.DropCounter;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Replay scores go out as application scores do, labelled as replay; application scores are not. */
class QualityEmitterTest {

  private final Telemetry telemetry = new Telemetry();
  private final QualityEmitter emitter = new QualityEmitter(telemetry.tracer(), telemetry.meter(), new RecentCalls(),
      DropCounter.IGNORE);

  @AfterEach
  void close() {
    telemetry.close();
  }

  @Test
  void aReplayScoreCarriesTheRecordedCallsAttributesAndTheReplaySource() {
    emitter.emitReplay(new QualityScore("chatcmpl-1", "replay.token_f1", 0.25, null, null, 1_000_000_000L),
        Attributes.of(Catalogue.REQUEST_MODEL, "gpt-4o-mini", Catalogue.PROMPT_VERSION, "v2"));

    List<HistogramPointData> points = telemetry.histogramPoints(Catalogue.QUALITY_SCORE.name());
    assertEquals(1, points.size());
    Attributes metric = points.get(0).getAttributes();
    assertEquals("replay", metric.get(Catalogue.EVALUATION_SOURCE));
    assertEquals("gpt-4o-mini", metric.get(Catalogue.REQUEST_MODEL));
    assertEquals("v2", metric.get(Catalogue.PROMPT_VERSION));
    assertEquals("replay.token_f1", metric.get(Catalogue.EVALUATION_NAME));
    SpanData span = telemetry.onlySpan();
    assertEquals("evaluation replay.token_f1", span.getName());
    assertFalse(span.getParentSpanContext().isValid(), "a replay score has no application span to sit under");
    EventData event = span.getEvents().get(0);
    assertEquals(Catalogue.EVALUATION_RESULT_EVENT, event.getName());
    assertEquals("replay", event.getAttributes().get(Catalogue.EVALUATION_SOURCE));
    assertEquals(0.25, event.getAttributes().get(Catalogue.EVALUATION_SCORE_VALUE));
  }

  @Test
  void anApplicationScoreHasNoSource() {
    emitter.emit(new QualityScore("chatcmpl-2", "faithfulness", 0.9, "ok", null, 1_000_000_000L));

    assertNull(telemetry.histogramPoints(Catalogue.QUALITY_SCORE.name()).get(0).getAttributes()
        .get(Catalogue.EVALUATION_SOURCE));
    assertTrue(telemetry.onlySpan().getEvents().get(0).getAttributes().get(Catalogue.EVALUATION_SOURCE) == null);
  }
}

package io.driftwatch.genai.emit.quality;

import static io.driftwatch.genai.emit.Catalogue.EVALUATION_EXPLANATION;
import static io.driftwatch.genai.emit.Catalogue.EVALUATION_NAME;
import static io.driftwatch.genai.emit.Catalogue.EVALUATION_RESULT_EVENT;
import static io.driftwatch.genai.emit.Catalogue.EVALUATION_SCORE_LABEL;
import static io.driftwatch.genai.emit.Catalogue.EVALUATION_SCORE_VALUE;
import static io.driftwatch.genai.emit.Catalogue.EVALUATION_SOURCE;
import static io.driftwatch.genai.emit.Catalogue.EVALUATION_SOURCE_REPLAY;
import static io.driftwatch.genai.emit.Catalogue.QUALITY_SCORE;
import static io.driftwatch.genai.emit.Catalogue.QUALITY_SCORE_BUCKETS;
import static io.driftwatch.genai.emit.Catalogue.RESPONSE_ID;

import io.driftwatch.genai.emit.Instruments;
import io.driftwatch.genai.emit.LogEvents;
import io.driftwatch.genai.util.DropCounter;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.concurrent.TimeUnit;

/**
 * Exports a quality score: the {@code gen_ai.evaluation.result} event as a log record tied to the
 * scored call's span and (unless span events are off) on a short {@code evaluation {name}} span
 * under it, and the {@code driftwatch.llm.quality.score} histogram with the call's model and prompt
 * version.
 */
public final class QualityEmitter {

  private static final int MAX_EXPLANATION_CHARS = 256;
  private static final int MAX_NAME_CHARS = 64;

  private final Tracer tracer;
  private final DoubleHistogram scores;
  private final RecentCalls recentCalls;
  private final DropCounter drops;
  private final LogEvents logEvents;
  private final boolean spanEvents;

  public QualityEmitter(Tracer tracer, Meter meter, RecentCalls recentCalls, DropCounter drops) {
    this(tracer, meter, recentCalls, drops, LogEvents.NONE, true);
  }

  /**
   * @param logEvents the result also becomes a log record tied to the scored call's span
   * @param spanEvents the result also becomes an event on an {@code evaluation {name}} child span
   */
  public QualityEmitter(Tracer tracer, Meter meter, RecentCalls recentCalls, DropCounter drops, LogEvents logEvents,
      boolean spanEvents) {
    this.tracer = tracer;
    this.recentCalls = recentCalls;
    this.drops = drops;
    this.logEvents = logEvents;
    this.spanEvents = spanEvents;
    this.scores = Instruments.histogram(meter, QUALITY_SCORE, QUALITY_SCORE_BUCKETS);
  }

  public void emit(QualityScore score) {
    RecentCalls.Call call = recentCalls.find(score.responseId());
    if (call == null) {
      drops.count("unknown_response_id", "a quality score named a response id the agent has not seen recently");
    }
    emit(score, call == null ? Attributes.empty() : call.metricAttributes(),
        call == null ? Context.root() : Context.root().with(Span.wrap(call.span())), null);
  }

  /**
   * A score the replay command computed for a call it sent again: that call never passed through
   * this process's analyzer, so the caller gives its metric attributes; metric and event both say
   * {@code driftwatch.evaluation.source=replay}, so dashboards can show or leave out replays.
   */
  public void emitReplay(QualityScore score, Attributes callAttributes) {
    emit(score, callAttributes, Context.root(), EVALUATION_SOURCE_REPLAY);
  }

  private void emit(QualityScore score, Attributes callAttributes, Context parent, String source) {
    String name = truncate(score.evaluationName(), MAX_NAME_CHARS);
    AttributesBuilder metric = callAttributes.toBuilder().put(EVALUATION_NAME, name);
    AttributesBuilder result = Attributes.builder().put(EVALUATION_NAME, name).put(EVALUATION_SCORE_VALUE, score.score())
        .put(RESPONSE_ID, score.responseId());
    if (source != null) {
      metric.put(EVALUATION_SOURCE, source);
      result.put(EVALUATION_SOURCE, source);
    }
    scores.record(score.score(), metric.build());

    if (score.label() != null) {
      result.put(EVALUATION_SCORE_LABEL, truncate(score.label(), MAX_NAME_CHARS));
    }
    if (score.explanation() != null) {
      result.put(EVALUATION_EXPLANATION, truncate(score.explanation(), MAX_EXPLANATION_CHARS));
    }
    Attributes event = result.build();
    logEvents.emit(EVALUATION_RESULT_EVENT, Span.fromContext(parent).getSpanContext(), score.epochNanos(), event);
    if (spanEvents) {
      Span span = tracer.spanBuilder("evaluation " + name).setSpanKind(SpanKind.INTERNAL).setParent(parent)
          .setStartTimestamp(score.epochNanos(), TimeUnit.NANOSECONDS).startSpan();
      span.addEvent(EVALUATION_RESULT_EVENT, event, score.epochNanos(), TimeUnit.NANOSECONDS);
      span.end(score.epochNanos(), TimeUnit.NANOSECONDS);
    }
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}

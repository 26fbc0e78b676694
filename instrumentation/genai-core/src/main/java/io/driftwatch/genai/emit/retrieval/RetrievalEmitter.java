package io.driftwatch.genai.emit.retrieval;

import static io.driftwatch.genai.emit.Catalogue.*;
import static io.driftwatch.genai.emit.SpanAttributes.setIfPresent;
import static io.driftwatch.genai.emit.SpanAttributes.setPortAndStatus;

import io.driftwatch.genai.analysis.report.RetrievalReport;
import io.driftwatch.genai.emit.AttributeValueCap;
import io.driftwatch.genai.emit.Instruments;
import io.driftwatch.genai.emit.RemoteParent;
import io.driftwatch.genai.util.TelemetryText;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.util.concurrent.TimeUnit;

/**
 * One CLIENT span per vector-store query, named {@code retrieval {collection}} as the GenAI
 * retrieval spans are, with the database conventions' attributes; and the retrieval metrics:
 * latency, hits, empty results and the top score per collection.
 */
public final class RetrievalEmitter {

  static final int MAX_SPAN_STRING_CHARS = 256;

  private final Tracer tracer;
  private final AttributeValueCap cap;
  private final DoubleHistogram duration;
  private final LongHistogram returnedRows;
  private final LongCounter emptyResults;
  private final DoubleHistogram topScore;

  public RetrievalEmitter(Tracer tracer, Meter meter, AttributeValueCap cap) {
    this.tracer = tracer;
    this.cap = cap;
    this.duration = Instruments.histogram(meter, RETRIEVAL_DURATION, DB_DURATION_BUCKETS);
    this.returnedRows = Instruments.longHistogram(meter, RETRIEVAL_RETURNED_ROWS, RETURNED_ROWS_BUCKETS);
    this.emptyResults = Instruments.counter(meter, RETRIEVAL_EMPTY_RESULTS);
    this.topScore = Instruments.histogram(meter, RETRIEVAL_TOP_SCORE, RETRIEVAL_SCORE_BUCKETS);
  }

  public void emit(RetrievalReport report) {
    emitSpan(report);
    record(report);
  }

  private void emitSpan(RetrievalReport report) {
    String collection = TelemetryText.cap(report.collection(), MAX_SPAN_STRING_CHARS);
    String operationName = RetrievalReport.OPERATION_NAME;
    SpanBuilder builder = tracer.spanBuilder(collection == null ? operationName : operationName + " " + collection)
        .setSpanKind(SpanKind.CLIENT)
        .setParent(RemoteParent.of(report.traceparent()))
        .setStartTimestamp(report.startEpochNanos(), TimeUnit.NANOSECONDS)
        .setAttribute(OPERATION_NAME, operationName)
        .setAttribute(PROVIDER_NAME, report.store())
        .setAttribute(DB_SYSTEM_NAME, report.store())
        .setAttribute(DB_OPERATION_NAME, report.operation());
    if (collection != null) {
      builder.setAttribute(DATA_SOURCE_ID, collection);
      builder.setAttribute(DB_COLLECTION_NAME, collection);
      builder.setAttribute(DB_QUERY_SUMMARY, report.operation() + " " + collection);
    } else {
      builder.setAttribute(DB_QUERY_SUMMARY, report.operation());
    }
    setIfPresent(builder, REQUEST_TOP_K, report.requestedTopK());
    setIfPresent(builder, RETRIEVAL_FILTERED, report.filtered());
    if (report.hits() != null) {
      builder.setAttribute(DB_RETURNED_ROWS, (long) report.hits());
    }
    setIfPresent(builder, RETRIEVAL_SCORE_KIND, report.scoreKind());
    setIfPresent(builder, RETRIEVAL_SCORE_TOP, report.topScore());
    setIfPresent(builder, RETRIEVAL_SCORE_BOTTOM, report.bottomScore());
    builder.setAttribute(SERVER_ADDRESS, report.serverAddress());
    setPortAndStatus(builder, report.serverPort(), report.statusCode());
    String errorType = TelemetryText.cap(report.errorType(), MAX_SPAN_STRING_CHARS);
    setIfPresent(builder, ERROR_TYPE, errorType);
    setIfPresent(builder, RESPONSE_OUTCOME, report.responseOutcome());
    setIfPresent(builder, ANALYSIS_SKIPPED, report.analysisSkipped());
    Span span = builder.startSpan();
    if (errorType != null) {
      span.setStatus(StatusCode.ERROR, report.store() + " query failed: " + errorType);
    }
    span.end(report.endEpochNanos(), TimeUnit.NANOSECONDS);
  }

  private void record(RetrievalReport report) {
    AttributesBuilder common = Attributes.builder()
        .put(DB_SYSTEM_NAME, report.store())
        .put(DB_OPERATION_NAME, report.operation())
        .put(SERVER_ADDRESS, cap.admit(SERVER_ADDRESS.getKey(), report.serverAddress()));
    if (report.collection() != null) {
      common.put(DB_COLLECTION_NAME, cap.admit(DB_COLLECTION_NAME.getKey(), report.collection()));
    }
    Attributes attributes = common.build();
    Attributes withError = report.errorType() == null ? attributes
        : attributes.toBuilder().put(ERROR_TYPE, cap.admit(ERROR_TYPE.getKey(), report.errorType())).build();
    duration.record(report.durationSeconds(), withError);
    if (report.errorType() != null || report.hits() == null) {
      return;
    }
    returnedRows.record(report.hits(), attributes);
    if (report.hits() == 0) {
      emptyResults.add(1, attributes);
    }
    if (report.topScore() != null) {
      topScore.record(report.topScore(), attributes.toBuilder().put(RETRIEVAL_SCORE_KIND, report.scoreKind()).build());
    }
  }

}

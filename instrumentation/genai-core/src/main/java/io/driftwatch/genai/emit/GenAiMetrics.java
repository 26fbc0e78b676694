package io.driftwatch.genai.emit;

import static io.driftwatch.genai.emit.Catalogue.*;

import io.driftwatch.genai.analysis.report.CallReport;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;

/**
 * The GenAI client metrics of the conventions: operation duration, token usage and the stream
 * timings. They carry the same capped common attributes as the {@code driftwatch.llm.*} metrics
 * ({@link MetricAttributes}), so that the alert rules can join them, plus their own.
 */
public final class GenAiMetrics {

  private final DoubleHistogram duration;
  private final LongHistogram tokenUsage;
  private final DoubleHistogram timeToFirstChunk;
  private final DoubleHistogram timePerOutputChunk;
  private final MetricAttributes attributes;
  private final boolean emitLegacySystemAttribute;

  public GenAiMetrics(Meter meter, MetricAttributes attributes, boolean emitLegacySystemAttribute) {
    this.attributes = attributes;
    this.emitLegacySystemAttribute = emitLegacySystemAttribute;
    this.duration = Instruments.histogram(meter, OPERATION_DURATION, DURATION_BUCKETS);
    this.tokenUsage = Instruments.longHistogram(meter, TOKEN_USAGE, TOKEN_BUCKETS);
    this.timeToFirstChunk = Instruments.histogram(meter, TIME_TO_FIRST_CHUNK, DURATION_BUCKETS);
    this.timePerOutputChunk = Instruments.histogram(meter, TIME_PER_OUTPUT_CHUNK, CHUNK_INTERVAL_BUCKETS);
  }

  /**
   * @param common the call's {@link MetricAttributes#common} attributes, the ones the
   *     {@code driftwatch.llm.*} metrics of the same call carry
   */
  public void record(CallReport report, Attributes common) {
    Attributes attributes = conventionAttributes(report, common);
    duration.record(report.timings().durationSeconds(), attributes);
    CallReport.Usage usage = report.usage();
    // The conventions give token usage no error.type: tokens are what the call consumed either way.
    Attributes tokens = attributes.toBuilder().remove(ERROR_TYPE).build();
    if (usage.inputTokens() != null) {
      tokenUsage.record(usage.inputTokens(), tokens.toBuilder().put(TOKEN_TYPE, "input").build());
    }
    if (usage.outputTokens() != null) {
      tokenUsage.record(usage.outputTokens(), tokens.toBuilder().put(TOKEN_TYPE, "output").build());
    }
    CallReport.StreamTimings stream = report.timings().stream();
    if (stream != null && stream.timeToFirstChunkSeconds() >= 0) {
      timeToFirstChunk.record(stream.timeToFirstChunkSeconds(), attributes);
      for (CallReport.ChunkInterval interval : stream.intervals()) {
        for (long i = 0; i < interval.times(); i++) {
          timePerOutputChunk.record(interval.seconds(), attributes);
        }
      }
    }
  }

  /** The common attributes plus the conventions' own: port, response model, error type, legacy system. */
  private Attributes conventionAttributes(CallReport report, Attributes common) {
    AttributesBuilder attributes = common.toBuilder();
    if (emitLegacySystemAttribute) {
      attributes.put(SYSTEM, common.get(PROVIDER_NAME));
    }
    if (report.target().serverPort() > 0) {
      attributes.put(SERVER_PORT, (long) report.target().serverPort());
    }
    String responseModel = report.response().model();
    if (responseModel != null) {
      attributes.put(RESPONSE_MODEL, this.attributes.capped(RESPONSE_MODEL, responseModel));
    }
    if (report.result().errorType() != null) {
      attributes.put(ERROR_TYPE, this.attributes.capped(ERROR_TYPE, report.result().errorType()));
    }
    return attributes.build();
  }
}

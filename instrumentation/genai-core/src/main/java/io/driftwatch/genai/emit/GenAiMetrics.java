package io.driftwatch.genai.emit;

import static io.driftwatch.genai.emit.Catalogue.*;

import io.driftwatch.genai.analysis.report.CallReport;
import io.opentelemetry.api.common.Attributes;
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

  public GenAiMetrics(Meter meter) {
    this.duration = Instruments.histogram(meter, OPERATION_DURATION, DURATION_BUCKETS);
    this.tokenUsage = Instruments.longHistogram(meter, TOKEN_USAGE, TOKEN_BUCKETS);
    this.timeToFirstChunk = Instruments.histogram(meter, TIME_TO_FIRST_CHUNK, DURATION_BUCKETS);
    this.timePerOutputChunk = Instruments.histogram(meter, TIME_PER_OUTPUT_CHUNK, CHUNK_INTERVAL_BUCKETS);
  }

  /**
   * @param attributes the call's attribute sets, the ones its {@code driftwatch.llm.*} metrics share
   */
  public void record(CallReport report, CallAttributes attributes) {
    if (report.target().officialGenAiSpan()) {
      return; // the official agent's GenAI instrumentation records these for the call: never count it twice
    }
    Attributes convention = attributes.convention();
    duration.record(report.timings().durationSeconds(), convention);
    CallReport.Usage usage = report.usage();
    if (usage.inputTokens() != null) {
      tokenUsage.record(usage.inputTokens(),
          CallAttributes.with(attributes.conventionWithoutError(), TOKEN_TYPE, "input"));
    }
    if (usage.outputTokens() != null) {
      tokenUsage.record(usage.outputTokens(),
          CallAttributes.with(attributes.conventionWithoutError(), TOKEN_TYPE, "output"));
    }
    CallReport.StreamTimings stream = report.timings().stream();
    if (stream != null && stream.timeToFirstChunkSeconds() >= 0) {
      timeToFirstChunk.record(stream.timeToFirstChunkSeconds(), convention);
      for (CallReport.ChunkInterval interval : stream.intervals()) {
        for (long i = 0; i < interval.times(); i++) {
          timePerOutputChunk.record(interval.seconds(), convention);
        }
      }
    }
  }
}

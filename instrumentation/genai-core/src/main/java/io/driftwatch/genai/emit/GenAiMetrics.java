package io.driftwatch.genai.emit;

import static io.driftwatch.genai.emit.GenAiAttributes.*;

import io.driftwatch.genai.analysis.report.CallReport;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import java.util.List;

/**
 * The GenAI client metrics of the conventions: operation duration, token usage and the stream
 * timings. They carry the same capped common attributes as the {@code driftwatch.llm.*} metrics
 * ({@link MetricAttributes}), so that the alert rules can join them, plus their own.
 */
public final class GenAiMetrics {

  static final List<Double> DURATION_BUCKETS =
      List.of(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92);
  static final List<Long> TOKEN_BUCKETS = List.of(1L, 4L, 16L, 64L, 256L, 1024L, 4096L, 16384L, 65536L,
      262144L, 1048576L, 4194304L, 16777216L, 67108864L);

  /** The buckets the stream folds chunk intervals into on the application's thread (ChunkTimings). */
  static final List<Double> CHUNK_INTERVAL_BUCKETS = List.of(0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4,
      0.5, 0.75, 1.0, 2.5);

  private final DoubleHistogram duration;
  private final LongHistogram tokenUsage;
  private final DoubleHistogram timeToFirstChunk;
  private final DoubleHistogram timePerOutputChunk;
  private final MetricAttributes attributes;
  private final boolean emitLegacySystemAttribute;

  public GenAiMetrics(Meter meter, MetricAttributes attributes, boolean emitLegacySystemAttribute) {
    this.attributes = attributes;
    this.emitLegacySystemAttribute = emitLegacySystemAttribute;
    this.duration = meter.histogramBuilder("gen_ai.client.operation.duration")
        .setUnit("s")
        .setDescription("GenAI operation duration")
        .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS)
        .build();
    this.tokenUsage = meter.histogramBuilder("gen_ai.client.token.usage")
        .ofLongs()
        .setUnit("{token}")
        .setDescription("Number of input and output tokens used")
        .setExplicitBucketBoundariesAdvice(TOKEN_BUCKETS)
        .build();
    this.timeToFirstChunk = meter.histogramBuilder("gen_ai.client.operation.time_to_first_chunk")
        .setUnit("s")
        .setDescription("Time from sending a streamed request to its first chunk")
        .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS)
        .build();
    this.timePerOutputChunk = meter.histogramBuilder("gen_ai.client.operation.time_per_output_chunk")
        .setUnit("s")
        .setDescription("Time between consecutive chunks of a streamed answer")
        .setExplicitBucketBoundariesAdvice(CHUNK_INTERVAL_BUCKETS)
        .build();
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

package io.driftwatch.genai.emit;

import static io.driftwatch.genai.emit.Catalogue.*;

import io.driftwatch.genai.analysis.report.CallReport;
import io.driftwatch.genai.config.SemconvStability;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;

/**
 * The GenAI client metrics of the conventions: duration, tokens and the stream timings, under the
 * names {@link SemconvStability} selects (the official agent's, the newest, or both). They carry the
 * same capped common attributes as the {@code driftwatch.llm.*} metrics ({@link MetricAttributes}),
 * so that the alert rules can join them, plus their own.
 */
public final class GenAiMetrics {

  private static final String EMBEDDINGS = "embeddings";

  private final Legacy legacy;
  private final Latest latest;

  public GenAiMetrics(Meter meter) {
    this(meter, SemconvStability.LEGACY);
  }

  public GenAiMetrics(Meter meter, SemconvStability stability) {
    this.legacy = stability.emitsLegacy() ? new Legacy(meter) : null;
    this.latest = stability.emitsLatest() ? new Latest(meter) : null;
  }

  /**
   * @param attributes the call's attribute sets, the ones its {@code driftwatch.llm.*} metrics share
   */
  public void record(CallReport report, CallAttributes attributes) {
    if (legacy != null && !report.target().officialGenAiSpan()) {
      // the official agent's GenAI instrumentation records these names for the call: never count it twice
      legacy.record(report, attributes);
    }
    if (latest != null) {
      latest.record(report, attributes);
    }
  }

  private static void recordStream(CallReport report, Attributes attributes, DoubleHistogram timeToFirstChunk,
      DoubleHistogram timePerOutputChunk) {
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

  /** {@code gen_ai.client.operation.*} and {@code gen_ai.client.token.usage}, as the official agent emits them. */
  private static final class Legacy {
    private final DoubleHistogram duration;
    private final LongHistogram tokenUsage;
    private final DoubleHistogram timeToFirstChunk;
    private final DoubleHistogram timePerOutputChunk;

    Legacy(Meter meter) {
      duration = Instruments.histogram(meter, OPERATION_DURATION, DURATION_BUCKETS);
      tokenUsage = Instruments.longHistogram(meter, TOKEN_USAGE, TOKEN_BUCKETS);
      timeToFirstChunk = Instruments.histogram(meter, TIME_TO_FIRST_CHUNK, DURATION_BUCKETS);
      timePerOutputChunk = Instruments.histogram(meter, TIME_PER_OUTPUT_CHUNK, CHUNK_INTERVAL_BUCKETS);
    }

    void record(CallReport report, CallAttributes attributes) {
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
      recordStream(report, convention, timeToFirstChunk, timePerOutputChunk);
    }
  }

  /**
   * The newest names: inference and embeddings apart, token counters by modality plus per-operation
   * token histograms, {@code gen_ai.client.inference.*} stream timings.
   */
  private static final class Latest {
    private final DoubleHistogram inferenceDuration;
    private final DoubleHistogram embeddingsDuration;
    private final LongCounter inputTokens;
    private final LongCounter outputTokens;
    private final LongCounter cacheReadTokens;
    private final LongCounter cacheWriteTokens;
    private final LongCounter reasoningTokens;
    private final LongHistogram operationInputTokens;
    private final LongHistogram operationOutputTokens;
    private final LongHistogram embeddingsInputTokens;
    private final DoubleHistogram timeToFirstChunk;
    private final DoubleHistogram timePerOutputChunk;

    Latest(Meter meter) {
      inferenceDuration = Instruments.histogram(meter, INFERENCE_DURATION, DURATION_BUCKETS);
      embeddingsDuration = Instruments.histogram(meter, EMBEDDINGS_DURATION, DURATION_BUCKETS);
      inputTokens = Instruments.counter(meter, INFERENCE_USAGE_INPUT_TOKENS);
      outputTokens = Instruments.counter(meter, INFERENCE_USAGE_OUTPUT_TOKENS);
      cacheReadTokens = Instruments.counter(meter, INFERENCE_USAGE_CACHE_READ_INPUT_TOKENS);
      cacheWriteTokens = Instruments.counter(meter, INFERENCE_USAGE_CACHE_WRITE_INPUT_TOKENS);
      reasoningTokens = Instruments.counter(meter, INFERENCE_USAGE_REASONING_OUTPUT_TOKENS);
      operationInputTokens = Instruments.longHistogram(meter, INFERENCE_OPERATION_INPUT_TOKENS, TOKEN_BUCKETS);
      operationOutputTokens = Instruments.longHistogram(meter, INFERENCE_OPERATION_OUTPUT_TOKENS, TOKEN_BUCKETS);
      embeddingsInputTokens = Instruments.longHistogram(meter, EMBEDDINGS_OPERATION_INPUT_TOKENS, TOKEN_BUCKETS);
      timeToFirstChunk = Instruments.histogram(meter, INFERENCE_TIME_TO_FIRST_CHUNK, DURATION_BUCKETS);
      timePerOutputChunk = Instruments.histogram(meter, INFERENCE_TIME_PER_OUTPUT_CHUNK, CHUNK_INTERVAL_BUCKETS);
    }

    void record(CallReport report, CallAttributes attributes) {
      Attributes convention = attributes.convention();
      CallReport.Usage usage = report.usage();
      if (EMBEDDINGS.equals(report.target().operationName())) {
        embeddingsDuration.record(report.timings().durationSeconds(), convention);
        if (usage.inputTokens() != null) {
          embeddingsInputTokens.record(usage.inputTokens(), convention);
        }
        return;
      }
      inferenceDuration.record(report.timings().durationSeconds(), convention);
      if (usage.inputTokens() != null) {
        operationInputTokens.record(usage.inputTokens(), convention);
      }
      if (usage.outputTokens() != null) {
        operationOutputTokens.record(usage.outputTokens(), convention);
      }
      Attributes byModality = CallAttributes.with(attributes.conventionWithoutError(), TOKEN_MODALITY,
          TOKEN_MODALITY_UNKNOWN);
      add(inputTokens, usage.inputTokens(), byModality);
      add(outputTokens, usage.outputTokens(), byModality);
      add(cacheReadTokens, usage.cacheReadInputTokens(), byModality);
      add(cacheWriteTokens, usage.cacheCreationInputTokens(), byModality);
      add(reasoningTokens, usage.reasoningOutputTokens(), byModality);
      recordStream(report, convention, timeToFirstChunk, timePerOutputChunk);
    }

    private static void add(LongCounter counter, Long tokens, Attributes attributes) {
      if (tokens != null && tokens >= 0) {
        counter.add(tokens, attributes);
      }
    }
  }
}

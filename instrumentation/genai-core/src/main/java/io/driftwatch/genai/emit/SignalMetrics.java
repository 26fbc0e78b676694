package io.driftwatch.genai.emit;

import static io.driftwatch.genai.emit.GenAiAttributes.TOKEN_TYPE;

import io.driftwatch.genai.analysis.report.CallReport;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import java.util.List;

/**
 * The product's own metrics for the infrastructure, API-level and behavioral layers (see
 * docs/SIGNALS.md). Each carries the call's {@link MetricAttributes#common} attributes and its own,
 * all bounded by {@link AttributeValueCap}.
 */
public final class SignalMetrics {

  private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("driftwatch.outcome");
  private static final AttributeKey<String> RETRY_SOURCE = AttributeKey.stringKey("driftwatch.retry.source");
  private static final AttributeKey<String> REFUSAL_SOURCE = AttributeKey.stringKey("driftwatch.refusal.source");
  private static final AttributeKey<String> FORMAT_COMPLIANT = AttributeKey.stringKey("driftwatch.format.compliant");
  private static final AttributeKey<String> FORMAT_VIOLATION = AttributeKey.stringKey("driftwatch.format.violation");
  private static final List<Long> SIZE_BUCKETS = List.of(256L, 1024L, 4096L, 16384L, 65536L, 262144L, 1048576L,
      4194304L, 16777216L);
  private static final List<Long> LENGTH_BUCKETS = List.of(0L, 16L, 64L, 256L, 512L, 1024L, 2048L, 4096L, 8192L,
      16384L, 65536L);

  private final MetricAttributes attributes;
  private final RateLimitGauges rateLimits;
  private final LongCounter calls;
  private final LongCounter retries;
  private final LongCounter tokens;
  private final DoubleCounter cost;
  private final LongCounter unpriced;
  private final LongHistogram requestSize;
  private final LongHistogram responseSize;
  private final LongCounter refusals;
  private final LongCounter formatChecks;
  private final LongHistogram outputLength;
  private final LongCounter truncations;
  private final LongCounter emptyOutputs;
  private final LongCounter duplicateOutputs;
  private final LongCounter promptChanges;
  private final LongCounter modelChanges;

  public SignalMetrics(Meter meter, MetricAttributes attributes) {
    this.attributes = attributes;
    this.rateLimits = new RateLimitGauges(meter);
    this.calls = counter(meter, "driftwatch.llm.calls", "{call}", "LLM calls by outcome class");
    this.retries = counter(meter, "driftwatch.llm.retries", "{call}", "LLM calls that were retries");
    this.tokens = counter(meter, "driftwatch.llm.tokens", "{token}", "Tokens by type");
    this.cost = meter.counterBuilder("driftwatch.llm.cost").ofDoubles().setUnit("{USD}")
        .setDescription("Cost in US dollars from the price table").build();
    this.unpriced = counter(meter, "driftwatch.llm.unpriced_calls", "{call}", "Calls whose model has no price");
    this.requestSize = histogram(meter, "driftwatch.llm.request.size", "By", "Request body size", SIZE_BUCKETS);
    this.responseSize = histogram(meter, "driftwatch.llm.response.size", "By", "Response body size", SIZE_BUCKETS);
    this.refusals = counter(meter, "driftwatch.llm.refusals", "{call}", "Answers that refuse");
    this.formatChecks = counter(meter, "driftwatch.llm.format.checks", "{call}", "Structured-output answers checked");
    this.outputLength = histogram(meter, "driftwatch.llm.output.length", "{char}", "Characters of answer text",
        LENGTH_BUCKETS);
    this.truncations = counter(meter, "driftwatch.llm.truncations", "{call}", "Answers cut off at the token limit");
    this.emptyOutputs = counter(meter, "driftwatch.llm.empty_outputs", "{call}", "Successful calls with no answer");
    this.duplicateOutputs = counter(meter, "driftwatch.llm.duplicate_outputs", "{call}",
        "Answers identical to a recent answer for a different request");
    this.promptChanges = counter(meter, "driftwatch.prompt.changes", "{event}",
        "A new prompt template replaced a stable one");
    this.modelChanges = counter(meter, "driftwatch.model.changes", "{event}",
        "The served model or system fingerprint changed for a requested model");
  }

  /**
   * @param common the call's {@link MetricAttributes#common} attributes, the ones the
   *     {@code gen_ai.client.*} metrics of the same call carry
   */
  public void record(CallReport report, Attributes common) {
    CallReport.Result result = report.result();
    calls.add(1, common.toBuilder().put(OUTCOME, result.outcome()).build());
    if (result.retrySource() != null) {
      retries.add(1, common.toBuilder().put(RETRY_SOURCE, result.retrySource()).build());
    }
    rateLimits.record(common, result.rateLimit());
    recordInfrastructure(report, common);
    if (report.behavior().checked()) {
      recordBehavior(report.behavior(), common);
    }
    if (report.runbook().promptChange() != null) {
      promptChanges.add(1, common);
    }
    if (report.runbook().modelChange() != null) {
      modelChanges.add(1, common.toBuilder()
          .put(GenAiAttributes.RESPONSE_MODEL, attributes.capped(GenAiAttributes.RESPONSE_MODEL,
              String.valueOf(report.response().model())))
          .put(RunbookSpanDecorator.MODEL_CHANGE_KIND, report.runbook().modelChange().kind())
          .build());
    }
  }

  private void recordInfrastructure(CallReport report, Attributes common) {
    CallReport.Usage usage = report.usage();
    addTokens(common, "input", usage.inputTokens());
    addTokens(common, "output", usage.outputTokens());
    addTokens(common, "cache_read", usage.cacheReadInputTokens());
    addTokens(common, "cache_creation", usage.cacheCreationInputTokens());
    addTokens(common, "reasoning", usage.reasoningOutputTokens());
    if (report.costUsd() != null) {
      cost.add(report.costUsd(), common);
    } else if (usage.reported()) {
      unpriced.add(1, common);
    }
    if (report.request().bodyBytes() >= 0) {
      requestSize.record(report.request().bodyBytes(), common);
    }
    if (report.response().bodyBytes() >= 0) {
      responseSize.record(report.response().bodyBytes(), common);
    }
  }

  private void recordBehavior(CallReport.Behavior behavior, Attributes common) {
    if (Boolean.TRUE.equals(behavior.refusal())) {
      refusals.add(1, common.toBuilder().put(REFUSAL_SOURCE, behavior.refusalSource()).build());
    }
    if (behavior.formatCompliant() != null) {
      AttributesBuilder format = common.toBuilder().put(FORMAT_COMPLIANT, behavior.formatCompliant().toString());
      if (behavior.formatViolation() != null) {
        format.put(FORMAT_VIOLATION, behavior.formatViolation());
      }
      formatChecks.add(1, format.build());
    }
    outputLength.record(behavior.outputLength(), common);
    if (behavior.truncated()) {
      truncations.add(1, common);
    }
    if (behavior.emptyOutput()) {
      emptyOutputs.add(1, common);
    }
    if (behavior.duplicateOutput()) {
      duplicateOutputs.add(1, common);
    }
  }

  private void addTokens(Attributes common, String type, Long count) {
    if (count != null && count > 0) {
      tokens.add(count, common.toBuilder().put(TOKEN_TYPE, type).build());
    }
  }

  private static LongCounter counter(Meter meter, String name, String unit, String description) {
    return meter.counterBuilder(name).setUnit(unit).setDescription(description).build();
  }

  private static LongHistogram histogram(Meter meter, String name, String unit, String description,
      List<Long> buckets) {
    return meter.histogramBuilder(name).ofLongs().setUnit(unit).setDescription(description)
        .setExplicitBucketBoundariesAdvice(buckets).build();
  }
}

package io.driftwatch.genai.emit;

import static io.driftwatch.genai.emit.Catalogue.*;

import io.driftwatch.genai.analysis.report.CallReport;
import io.driftwatch.genai.util.DropCounter;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;

/**
 * The product's own metrics for the infrastructure, API-level and behavioral layers (see
 * docs/SIGNALS.md). Each carries the call's {@link CallAttributes#common} attributes and its own,
 * all bounded by {@link AttributeValueCap}; a point's own attribute set is built only when the
 * point is recorded.
 */
public final class SignalMetrics {

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
  private final LongCounter toolCallAnswers;
  private final LongCounter promptChanges;
  private final LongCounter modelChanges;

  public SignalMetrics(Meter meter, MetricAttributes attributes, DropCounter drops) {
    this.attributes = attributes;
    this.rateLimits = new RateLimitGauges(meter, drops);
    this.calls = Instruments.counter(meter, CALLS);
    this.retries = Instruments.counter(meter, RETRIES);
    this.tokens = Instruments.counter(meter, TOKENS);
    this.cost = Instruments.doubleCounter(meter, COST_USD);
    this.unpriced = Instruments.counter(meter, UNPRICED_CALLS);
    this.requestSize = Instruments.longHistogram(meter, REQUEST_SIZE, BODY_SIZE_BUCKETS);
    this.responseSize = Instruments.longHistogram(meter, RESPONSE_SIZE, BODY_SIZE_BUCKETS);
    this.refusals = Instruments.counter(meter, REFUSALS);
    this.formatChecks = Instruments.counter(meter, FORMAT_CHECKS);
    this.outputLength = Instruments.longHistogram(meter, OUTPUT_LENGTH_CHARS, OUTPUT_LENGTH_BUCKETS);
    this.truncations = Instruments.counter(meter, TRUNCATIONS);
    this.emptyOutputs = Instruments.counter(meter, EMPTY_OUTPUTS);
    this.duplicateOutputs = Instruments.counter(meter, DUPLICATE_OUTPUTS);
    this.toolCallAnswers = Instruments.counter(meter, TOOL_CALL_ANSWERS);
    this.promptChanges = Instruments.counter(meter, PROMPT_CHANGES);
    this.modelChanges = Instruments.counter(meter, MODEL_CHANGES);
  }

  /** @param callAttributes the call's attribute sets, the ones its {@code gen_ai.client.*} metrics share */
  public void record(CallReport report, CallAttributes callAttributes) {
    Attributes common = callAttributes.common();
    CallReport.Result result = report.result();
    calls.add(1, CallAttributes.with(common, OUTCOME, result.outcome()));
    if (result.retrySource() != null) {
      retries.add(1, CallAttributes.with(common, RETRY_SOURCE, result.retrySource()));
    }
    rateLimits.record(common, result.rateLimit());
    recordInfrastructure(report, common);
    if (report.behavior().checked()) {
      recordBehavior(report.behavior(), common);
      if (!report.response().toolNames().isEmpty()) {
        toolCallAnswers.add(1, common);
      }
    }
    if (report.runbook().promptChange() != null) {
      promptChanges.add(1, common);
    }
    if (report.runbook().modelChange() != null) {
      modelChanges.add(1, common.toBuilder()
          .put(RESPONSE_MODEL, attributes.capped(RESPONSE_MODEL,
              String.valueOf(report.response().model())))
          .put(MODEL_CHANGE_KIND, report.runbook().modelChange().kind())
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
      refusals.add(1, CallAttributes.with(common, REFUSAL_SOURCE, behavior.refusalSource()));
    }
    if (behavior.formatCompliant() != null) {
      AttributesBuilder format = common.toBuilder().put(FORMAT_COMPLIANT_LABEL, behavior.formatCompliant().toString());
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
      tokens.add(count, CallAttributes.with(common, TOKEN_TYPE, type));
    }
  }
}

package io.driftwatch.genai.emit;

import static io.driftwatch.genai.emit.GenAiAttributes.TOKEN_TYPE;

import io.driftwatch.genai.analysis.AnalyzedCall;
import io.driftwatch.genai.analysis.checks.Findings;
import io.driftwatch.genai.providers.GenAiCall;
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
  public void record(AnalyzedCall analyzed, Attributes common) {
    calls.add(1, common.toBuilder().put(OUTCOME, analyzed.outcome().label()).build());
    if (analyzed.retrySource() != null) {
      retries.add(1, common.toBuilder().put(RETRY_SOURCE, analyzed.retrySource()).build());
    }
    rateLimits.record(common, analyzed.rateLimit());
    recordInfrastructure(analyzed, common);
    if (analyzed.behaviorChecked()) {
      recordBehavior(analyzed.findings(), common);
    }
    if (analyzed.runbook().promptChange() != null) {
      promptChanges.add(1, common);
    }
    if (analyzed.runbook().modelChange() != null) {
      modelChanges.add(1, common.toBuilder()
          .put(GenAiAttributes.RESPONSE_MODEL, attributes.capped(GenAiAttributes.RESPONSE_MODEL,
              String.valueOf(analyzed.call().responseModel)))
          .put(RunbookSpanDecorator.MODEL_CHANGE_KIND, analyzed.runbook().modelChange().kind())
          .build());
    }
  }

  private void recordInfrastructure(AnalyzedCall analyzed, Attributes common) {
    GenAiCall call = analyzed.call();
    addTokens(common, "input", call.inputTokens);
    addTokens(common, "output", call.outputTokens);
    addTokens(common, "cache_read", call.cacheReadInputTokens);
    addTokens(common, "cache_creation", call.cacheCreationInputTokens);
    addTokens(common, "reasoning", call.reasoningOutputTokens);
    if (analyzed.costUsd() != null) {
      cost.add(analyzed.costUsd(), common);
    } else if (call.inputTokens != null || call.outputTokens != null) {
      unpriced.add(1, common);
    }
    if (analyzed.exchange().requestBodyLength() >= 0) {
      requestSize.record(analyzed.exchange().requestBodyLength(), common);
    }
    if (analyzed.exchange().responseBody() != null) {
      responseSize.record(analyzed.exchange().responseBody().totalBytes(), common);
    }
  }

  private void recordBehavior(Findings findings, Attributes common) {
    if (Boolean.TRUE.equals(findings.refusal)) {
      refusals.add(1, common.toBuilder().put(REFUSAL_SOURCE, findings.refusalSource).build());
    }
    if (findings.formatCompliant != null) {
      AttributesBuilder format = common.toBuilder().put(FORMAT_COMPLIANT, findings.formatCompliant.toString());
      if (findings.formatViolation != null) {
        format.put(FORMAT_VIOLATION, findings.formatViolation);
      }
      formatChecks.add(1, format.build());
    }
    outputLength.record(findings.outputLength, common);
    if (findings.truncated) {
      truncations.add(1, common);
    }
    if (findings.emptyOutput) {
      emptyOutputs.add(1, common);
    }
    if (findings.duplicateOutput) {
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

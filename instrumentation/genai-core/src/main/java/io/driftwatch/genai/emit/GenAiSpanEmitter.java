package io.driftwatch.genai.emit;

import static io.driftwatch.genai.emit.GenAiAttributes.*;

import io.driftwatch.genai.analysis.AnalyzedCall;
import io.driftwatch.genai.analysis.checks.Findings;
import io.driftwatch.genai.analysis.content.ContentRedactor;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.stream.StreamObserver;
import io.driftwatch.genai.util.TelemetryText;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Turns an analysed call into one CLIENT span, after the fact, with the call's own start and end
 * times. Core gen_ai.* attributes are set first so attribute limits can never evict them.
 */
public final class GenAiSpanEmitter {

  private final Tracer tracer;
  private final boolean emitLegacySystemAttribute;

  public GenAiSpanEmitter(Tracer tracer, boolean emitLegacySystemAttribute) {
    this.tracer = tracer;
    this.emitLegacySystemAttribute = emitLegacySystemAttribute;
  }

  /** @return the emitted span's context, for scores attached to this call later */
  public SpanContext emit(AnalyzedCall analyzed) {
    LlmExchange exchange = analyzed.exchange();
    GenAiCall call = analyzed.call();
    SpanBuilder builder = tracer.spanBuilder(spanName(analyzed.operationName(), call.requestModel))
        .setSpanKind(SpanKind.CLIENT)
        .setParent(RemoteParent.of(exchange.requestHeaders().traceparent()))
        .setStartTimestamp(exchange.startEpochNanos(), TimeUnit.NANOSECONDS)
        .setAttribute(OPERATION_NAME, analyzed.operationName())
        .setAttribute(PROVIDER_NAME, analyzed.providerName());
    if (emitLegacySystemAttribute) {
      builder.setAttribute(SYSTEM, analyzed.providerName());
    }
    set(builder, REQUEST_MODEL, capped(call.requestModel));
    set(builder, RESPONSE_MODEL, capped(call.responseModel));
    set(builder, RESPONSE_ID, capped(call.responseId));
    if (!call.finishReasons.isEmpty()) {
      builder.setAttribute(RESPONSE_FINISH_REASONS, finishReasons(call.finishReasons));
    }
    set(builder, USAGE_INPUT_TOKENS, call.inputTokens);
    set(builder, USAGE_OUTPUT_TOKENS, call.outputTokens);
    set(builder, USAGE_CACHE_READ_INPUT_TOKENS, call.cacheReadInputTokens);
    set(builder, USAGE_CACHE_CREATION_INPUT_TOKENS, call.cacheCreationInputTokens);
    set(builder, USAGE_REASONING_OUTPUT_TOKENS, call.reasoningOutputTokens);
    setRequestParameters(builder, call);
    builder.setAttribute(SERVER_ADDRESS, exchange.serverAddress());
    if (exchange.serverPort() > 0) {
      builder.setAttribute(SERVER_PORT, (long) exchange.serverPort());
    }
    if (exchange.statusCode() > 0) {
      builder.setAttribute(HTTP_RESPONSE_STATUS_CODE, (long) exchange.statusCode());
    }
    set(builder, ERROR_TYPE, analyzed.errorType());
    setProductAttributes(builder, analyzed);
    RunbookSpanDecorator.setAttributes(builder, analyzed.runbook());

    if (analyzed.content() != null) {
      // last, so attribute limits evict content before any core attribute
      set(builder, SYSTEM_INSTRUCTIONS, analyzed.content().systemInstructions());
      set(builder, INPUT_MESSAGES, analyzed.content().inputMessages());
      set(builder, OUTPUT_MESSAGES, analyzed.content().outputMessages());
    }
    Span span = builder.startSpan();
    RunbookSpanDecorator.addEvents(span, analyzed.runbook(), exchange.startEpochNanos());
    if (analyzed.errorType() != null) {
      span.setStatus(StatusCode.ERROR, errorDescription(analyzed));
    }
    span.end(exchange.endEpochNanos(), TimeUnit.NANOSECONDS);
    return span.getSpanContext();
  }

  private static void setProductAttributes(SpanBuilder builder, AnalyzedCall analyzed) {
    builder.setAttribute(DriftwatchAttributes.OUTCOME, analyzed.outcome().label());
    builder.setAttribute(DriftwatchAttributes.RESPONSE_OUTCOME,
        analyzed.exchange().outcome().name().toLowerCase(Locale.ROOT));
    set(builder, DriftwatchAttributes.ANALYSIS_SKIPPED, analyzed.analysisSkipped());
    set(builder, DriftwatchAttributes.PROVIDER_ERROR_TYPE, capped(analyzed.call().providerErrorType));
    if (analyzed.sdkRetryCount() > 0) {
      builder.setAttribute(DriftwatchAttributes.RETRY_COUNT, (long) analyzed.sdkRetryCount());
    }
    set(builder, DriftwatchAttributes.COST, analyzed.costUsd());
    StreamObserver stream = analyzed.stream();
    if (stream != null) {
      builder.setAttribute(DriftwatchAttributes.STREAM_CHUNKS, stream.timings().chunks());
      builder.setAttribute(DriftwatchAttributes.STREAM_USAGE,
          analyzed.call().outputTokens != null ? "provider" : "absent");
      if (stream.timings().timeToFirstChunkSeconds() >= 0) {
        builder.setAttribute(RESPONSE_TIME_TO_FIRST_CHUNK, stream.timings().timeToFirstChunkSeconds());
      }
    }
    Findings findings = analyzed.findings();
    if (analyzed.behaviorChecked()) {
      builder.setAttribute(DriftwatchAttributes.REFUSAL, findings.refusal);
      set(builder, DriftwatchAttributes.REFUSAL_SOURCE, capped(findings.refusalSource));
      builder.setAttribute(DriftwatchAttributes.OUTPUT_LENGTH, findings.outputLength);
    }
    set(builder, DriftwatchAttributes.FORMAT_COMPLIANT, findings.formatCompliant);
    set(builder, DriftwatchAttributes.FORMAT_VIOLATION, capped(findings.formatViolation));
    // a JSON path into the answer: its keys are the provider's text
    set(builder, DriftwatchAttributes.FORMAT_VIOLATION_PATH, capped(findings.formatViolationPath));
  }

  private static void setRequestParameters(SpanBuilder builder, GenAiCall call) {
    set(builder, REQUEST_MAX_TOKENS, call.maxTokens);
    set(builder, REQUEST_TEMPERATURE, call.temperature);
    set(builder, REQUEST_TOP_P, call.topP);
    set(builder, REQUEST_TOP_K, call.topK);
    set(builder, REQUEST_FREQUENCY_PENALTY, call.frequencyPenalty);
    set(builder, REQUEST_PRESENCE_PENALTY, call.presencePenalty);
    set(builder, REQUEST_STOP_SEQUENCES, call.stopSequences);
    set(builder, REQUEST_SEED, call.seed);
    set(builder, REQUEST_CHOICE_COUNT, call.choiceCount);
    set(builder, REQUEST_STREAM, call.stream);
    set(builder, OUTPUT_TYPE, call.outputType);
  }

  static String spanName(String operationName, String requestModel) {
    return requestModel == null || requestModel.isEmpty() ? operationName : operationName + " " + requestModel;
  }

  /**
   * The span status message: an exception's message or the provider's error type, both text from
   * outside the agent, so URLs lose their query strings, the redactor runs and the length is capped.
   */
  static String errorDescription(AnalyzedCall analyzed) {
    Throwable failure = analyzed.exchange().failure();
    if (failure != null) {
      return TelemetryText.cap(ContentRedactor.BUILT_IN.redact(TelemetryText.failureMessage(failure)),
          TelemetryText.MAX_MESSAGE_CHARS);
    }
    String providerError = analyzed.call().providerErrorType;
    return providerError != null
        ? TelemetryText.cap(ContentRedactor.BUILT_IN.redact(TelemetryText.stripQueries(
            TelemetryText.cap(providerError, 4 * TelemetryText.MAX_MESSAGE_CHARS))), TelemetryText.MAX_MESSAGE_CHARS)
        : "HTTP " + analyzed.exchange().statusCode();
  }

  /** Span strings set from provider data (ids, models, error types) are cut at this length. */
  public static final int MAX_PROVIDER_STRING_CHARS = 256;

  private static String capped(String value) {
    return TelemetryText.cap(value, MAX_PROVIDER_STRING_CHARS);
  }

  private static List<String> finishReasons(List<String> reasons) {
    return reasons.stream().limit(GenAiCall.MAX_FINISH_REASONS)
        .map(reason -> TelemetryText.cap(reason, GenAiCall.MAX_FINISH_REASON_CHARS)).toList();
  }

  private static <T> void set(SpanBuilder builder, AttributeKey<T> key, T value) {
    if (value != null) {
      builder.setAttribute(key, value);
    }
  }
}

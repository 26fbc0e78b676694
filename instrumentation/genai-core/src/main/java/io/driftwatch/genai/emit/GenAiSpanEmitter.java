package io.driftwatch.genai.emit;

import static io.driftwatch.genai.emit.Catalogue.*;

import io.driftwatch.genai.analysis.report.CallReport;
import io.driftwatch.genai.config.SemconvStability;
import io.driftwatch.genai.util.TelemetryText;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Turns a call report into one CLIENT span, after the fact, with the call's own start and end
 * times. Core gen_ai.* attributes are set first so attribute limits can never evict them.
 */
public final class GenAiSpanEmitter {

  /** Providers whose answers carry the conventions' {@code openai.*} attributes. */
  private static final Set<String> OPENAI_PROVIDERS = Set.of("openai", "azure.ai.openai");

  private final Tracer tracer;
  private final SemconvStability stability;
  private final LogEvents logEvents;
  private final boolean spanEvents;
  private final boolean operationDetails;

  public GenAiSpanEmitter(Tracer tracer, boolean emitLegacySystemAttribute) {
    this(tracer, emitLegacySystemAttribute ? SemconvStability.LEGACY : SemconvStability.LATEST, LogEvents.NONE,
        true, false);
  }

  /**
   * @param logEvents where the call's events also go as log records
   * @param spanEvents the events are also span events, for backends that read only traces
   * @param operationDetails one {@code gen_ai.client.inference.operation.details} log record per call
   */
  public GenAiSpanEmitter(Tracer tracer, SemconvStability stability, LogEvents logEvents, boolean spanEvents,
      boolean operationDetails) {
    this.tracer = tracer;
    this.stability = stability;
    this.logEvents = logEvents;
    this.spanEvents = spanEvents;
    this.operationDetails = operationDetails;
  }

  /** @return the emitted span's context, for scores attached to this call later */
  public SpanContext emit(CallReport report) {
    CallReport.Target target = report.target();
    CallReport.Request request = report.request();
    CallReport.Response response = report.response();
    CallReport.Usage usage = report.usage();
    CallReport.Timings timings = report.timings();
    SpanBuilder builder = tracer.spanBuilder(spanName(target.operationName(), request.model()))
        .setSpanKind(SpanKind.CLIENT)
        .setParent(RemoteParent.of(target.traceparent()))
        .setStartTimestamp(timings.startEpochNanos(), TimeUnit.NANOSECONDS)
        .setAttribute(OPERATION_NAME, target.operationName())
        .setAttribute(PROVIDER_NAME, target.providerName());
    if (stability.emitsLegacy()) {
      builder.setAttribute(SYSTEM, target.providerName());
    }
    set(builder, REQUEST_MODEL, capped(request.model()));
    set(builder, RESPONSE_MODEL, capped(response.model()));
    set(builder, RESPONSE_ID, capped(response.id()));
    if (OPENAI_PROVIDERS.contains(target.providerName())) {
      // the conventions' openai.* attributes go with the OpenAI formats only, not every compatible server
      set(builder, OPENAI_RESPONSE_SYSTEM_FINGERPRINT, capped(response.systemFingerprint()));
      set(builder, OPENAI_RESPONSE_SERVICE_TIER, capped(response.serviceTier()));
      set(builder, OPENAI_REQUEST_SERVICE_TIER, capped(request.serviceTier()));
    }
    if (!response.finishReasons().isEmpty()) {
      builder.setAttribute(RESPONSE_FINISH_REASONS, response.finishReasons());
    }
    set(builder, USAGE_INPUT_TOKENS, usage.inputTokens());
    set(builder, USAGE_OUTPUT_TOKENS, usage.outputTokens());
    set(builder, USAGE_CACHE_READ_INPUT_TOKENS, usage.cacheReadInputTokens());
    if (stability.emitsLegacy()) {
      set(builder, USAGE_CACHE_CREATION_INPUT_TOKENS, usage.cacheCreationInputTokens());
    }
    if (stability.emitsLatest()) {
      set(builder, USAGE_CACHE_WRITE_INPUT_TOKENS, usage.cacheCreationInputTokens());
    }
    set(builder, USAGE_REASONING_OUTPUT_TOKENS, usage.reasoningOutputTokens());
    setRequestParameters(builder, request);
    builder.setAttribute(SERVER_ADDRESS, target.serverAddress());
    if (target.serverPort() > 0) {
      builder.setAttribute(SERVER_PORT, (long) target.serverPort());
    }
    CallReport.Result result = report.result();
    if (result.statusCode() > 0) {
      builder.setAttribute(HTTP_RESPONSE_STATUS_CODE, (long) result.statusCode());
    }
    set(builder, ERROR_TYPE, result.errorType());
    setProductAttributes(builder, report);
    RunbookSpanDecorator.setAttributes(builder, report.runbook());

    if (report.content() != null) {
      // last, so attribute limits evict content before any core attribute
      set(builder, SYSTEM_INSTRUCTIONS, report.content().systemInstructions());
      set(builder, INPUT_MESSAGES, report.content().inputMessages());
      set(builder, OUTPUT_MESSAGES, report.content().outputMessages());
    }
    Span span = builder.startSpan();
    List<RunbookSpanDecorator.Event> events = RunbookSpanDecorator.events(report.runbook());
    if (spanEvents) {
      RunbookSpanDecorator.addEvents(span, events, timings.startEpochNanos());
    }
    for (RunbookSpanDecorator.Event event : events) {
      logEvents.emit(event.name(), span.getSpanContext(), timings.startEpochNanos(), event.attributes());
    }
    if (operationDetails) {
      logEvents.emit(INFERENCE_OPERATION_DETAILS_EVENT, span.getSpanContext(), timings.endEpochNanos(),
          OperationDetails.of(report));
    }
    if (result.errorType() != null) {
      span.setStatus(StatusCode.ERROR, result.errorDescription());
    }
    span.end(timings.endEpochNanos(), TimeUnit.NANOSECONDS);
    return span.getSpanContext();
  }

  private static void setProductAttributes(SpanBuilder builder, CallReport report) {
    CallReport.Result result = report.result();
    builder.setAttribute(OUTCOME, result.outcome());
    builder.setAttribute(RESPONSE_OUTCOME, result.responseOutcome());
    set(builder, ANALYSIS_SKIPPED, result.analysisSkipped());
    set(builder, PROVIDER_ERROR_TYPE, capped(report.response().providerErrorType()));
    if (result.sdkRetryCount() > 0) {
      builder.setAttribute(RETRY_COUNT, (long) result.sdkRetryCount());
    }
    set(builder, COST, report.costUsd());
    CallReport.StreamTimings stream = report.timings().stream();
    if (stream != null) {
      builder.setAttribute(STREAM_CHUNKS, stream.chunks());
      builder.setAttribute(STREAM_USAGE,
          report.usage().outputTokens() != null ? "provider" : "absent");
      if (stream.timeToFirstChunkSeconds() >= 0) {
        builder.setAttribute(RESPONSE_TIME_TO_FIRST_CHUNK, stream.timeToFirstChunkSeconds());
      }
    }
    if (!report.response().toolNames().isEmpty()) {
      builder.setAttribute(TOOL_CALL_NAMES, report.response().toolNames());
    }
    CallReport.Embeddings embeddings = report.embeddings();
    if (embeddings != null) {
      set(builder, EMBEDDINGS_INPUT_COUNT, embeddings.inputCount());
      set(builder, EMBEDDINGS_DIMENSION_COUNT, embeddings.dimensionCount());
      set(builder, REQUEST_ENCODING_FORMATS, embeddings.encodingFormats());
    }
    CallReport.Behavior behavior = report.behavior();
    if (behavior.checked()) {
      builder.setAttribute(REFUSAL, behavior.refusal());
      set(builder, REFUSAL_SOURCE, capped(behavior.refusalSource()));
      builder.setAttribute(OUTPUT_LENGTH, behavior.outputLength());
    }
    set(builder, FORMAT_COMPLIANT, behavior.formatCompliant());
    set(builder, FORMAT_VIOLATION, capped(behavior.formatViolation()));
    // a JSON path into the answer: its keys are the provider's text
    set(builder, FORMAT_VIOLATION_PATH, capped(behavior.formatViolationPath()));
  }

  private static void setRequestParameters(SpanBuilder builder, CallReport.Request request) {
    set(builder, REQUEST_MAX_TOKENS, request.maxTokens());
    set(builder, REQUEST_TEMPERATURE, request.temperature());
    set(builder, REQUEST_TOP_P, request.topP());
    set(builder, REQUEST_TOP_K, request.topK());
    set(builder, REQUEST_FREQUENCY_PENALTY, request.frequencyPenalty());
    set(builder, REQUEST_PRESENCE_PENALTY, request.presencePenalty());
    set(builder, REQUEST_STOP_SEQUENCES, request.stopSequences());
    set(builder, REQUEST_SEED, request.seed());
    set(builder, REQUEST_CHOICE_COUNT, request.choiceCount());
    set(builder, REQUEST_STREAM, request.stream());
    set(builder, OUTPUT_TYPE, request.outputType());
    set(builder, REQUEST_PREVIOUS_RESPONSE_ID, capped(request.previousResponseId()));
  }

  static String spanName(String operationName, String requestModel) {
    return requestModel == null || requestModel.isEmpty() ? operationName : operationName + " " + requestModel;
  }

  /** Span strings set from provider data (ids, models, error types) are cut at this length. */
  public static final int MAX_PROVIDER_STRING_CHARS = 256;

  private static String capped(String value) {
    return TelemetryText.cap(value, MAX_PROVIDER_STRING_CHARS);
  }

  private static <T> void set(SpanBuilder builder, AttributeKey<T> key, T value) {
    if (value != null) {
      builder.setAttribute(key, value);
    }
  }
}

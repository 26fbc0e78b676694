package io.driftwatch.genai.providers;

import io.driftwatch.genai.util.DropCounter;
import io.driftwatch.genai.util.TelemetryText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the parsers extracted from one call's request and response bodies. Plain mutable fields:
 * filled by one parser on the analyzer thread, then read by checks and emitters. Null means "not
 * said".
 *
 * <p>Everything here may come from a hostile provider, so every list is bounded as it fills
 * ({@link #MAX_FINISH_REASONS}, {@link #MAX_TOOL_CALLS}) and {@link #seal} bounds the rest before
 * anything is emitted: identifiers cut to {@link #MAX_IDENTIFIER_CHARS}, an error type that is not a
 * short token replaced by {@link #INVALID}, and impossible numbers dropped. Each is counted.
 */
public final class GenAiCall {

  /** Finish reasons kept per call (one per choice or candidate in any real answer). */
  public static final int MAX_FINISH_REASONS = 64;
  /** Length of one finish reason; real ones are short words such as {@code stop}. */
  public static final int MAX_FINISH_REASON_CHARS = 64;
  /** Tool calls kept per call. */
  public static final int MAX_TOOL_CALLS = 128;
  /** Length of a model name, response id or system fingerprint. */
  public static final int MAX_IDENTIFIER_CHARS = 256;
  /** Largest token count believed: no model reads or writes a billion tokens in one call. */
  public static final long MAX_TOKENS = 1_000_000_000L;
  /** What a provider error type that is not a short token (free text, an echoed key) becomes. */
  public static final String INVALID = "_INVALID";
  private static final Pattern ERROR_TOKEN = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  // drop reasons, as counted in driftwatch.agent.dropped
  public static final String FINISH_REASONS_BOUNDED = "finish_reasons_bounded";
  public static final String TOOL_CALLS_BOUNDED = "tool_calls_bounded";
  public static final String VALUE_TOO_LONG = "value_too_long";
  public static final String INVALID_ERROR_TYPE = "invalid_error_type";
  public static final String INVALID_NUMBER = "invalid_number";

  // request
  public String requestModel;
  public Long maxTokens;
  public Double temperature;
  public Double topP;
  public Long topK;
  public Double frequencyPenalty;
  public Double presencePenalty;
  public List<String> stopSequences;
  public Long seed;
  public Long choiceCount;
  public Boolean stream;
  public String outputType;
  /** What structured output the request asked for, or null when it asked for free text. */
  public StructuredOutputRequest structuredOutput;
  /** Instructions and tool definitions, the input of the prompt fingerprint; null when none. */
  public String promptTemplate;
  /** OpenAI's requested {@code service_tier}. */
  public String requestServiceTier;
  /** Responses API: the {@code previous_response_id} this request continues. */
  public String previousResponseId;

  // response
  public String responseId;
  public String responseModel;
  public String systemFingerprint;
  /** OpenAI's {@code service_tier} that served the answer. */
  public String responseServiceTier;
  public final List<String> finishReasons =
      new BoundedList<>(MAX_FINISH_REASONS, reason -> TelemetryText.cap(reason, MAX_FINISH_REASON_CHARS));
  public Long inputTokens;
  public Long outputTokens;
  public Long cacheReadInputTokens;
  public Long cacheCreationInputTokens;
  public Long reasoningOutputTokens;
  /** The answer text (all choices / content blocks), bounded; see {@link OutputText}. */
  public final OutputText output = new OutputText();
  public final List<ToolCall> toolCalls = new BoundedList<>(MAX_TOOL_CALLS, call -> call);
  /** The provider's own refusal signal (a refusal field, a refusal stop reason, a content filter). */
  public String providerRefusal;

  // embeddings
  /** Inputs an embeddings call embedded (the answer's vectors, else the request's inputs); null when not said. */
  public Long embeddingInputs;
  /** Dimensions of the returned vectors, else the dimensions the request asked for; null when not said. */
  public Long embeddingDimensions;
  /** The vector encodings the request asked for ({@code float}, {@code base64}, ...); null when it named none. */
  public List<String> embeddingEncodings;


  /** The provider's own error type or code from an error body, e.g. {@code rate_limit_error}. */
  public String providerErrorType;

  /**
   * Token counts added up (uncached plus cached input, say), nulls skipped, null when all are null.
   * When a part is itself impossible the sum is too ({@code -1}, dropped and counted by
   * {@link #seal}): an absurd part must not add up to a plausible-looking total.
   */
  public static Long tokenSum(Long... parts) {
    Long sum = null;
    for (Long part : parts) {
      if (part == null) {
        continue;
      }
      if (part < 0 || part > MAX_TOKENS) {
        return -1L;
      }
      sum = sum == null ? part : sum + part;
    }
    return sum;
  }

  /** Bounds hit while this call was read: reason to first message, counted once each by {@link #seal}. */
  private final Map<String, String> drops = new LinkedHashMap<>();

  /** Notes that a bound was hit while reading this call; counted when the call is sealed. */
  public void dropped(String reason, String message) {
    drops.putIfAbsent(reason, message);
  }

  /**
   * Bounds what the parsers read, before any check, cost or emitter sees it, and counts every bound
   * that was hit (once per reason and call) in {@code counter}.
   */
  public void seal(DropCounter counter) {
    if (((BoundedList<String>) finishReasons).dropped() > 0) {
      dropped(FINISH_REASONS_BOUNDED, "an answer had more than " + MAX_FINISH_REASONS
          + " finish reasons; the rest were dropped");
    }
    if (((BoundedList<ToolCall>) toolCalls).dropped() > 0) {
      dropped(TOOL_CALLS_BOUNDED, "an answer had more than " + MAX_TOOL_CALLS + " tool calls; the rest were dropped");
    }
    requestModel = identifier(requestModel);
    responseModel = identifier(responseModel);
    responseId = identifier(responseId);
    systemFingerprint = identifier(systemFingerprint);
    requestServiceTier = identifier(requestServiceTier);
    responseServiceTier = identifier(responseServiceTier);
    previousResponseId = identifier(previousResponseId);
    if (providerErrorType != null && !ERROR_TOKEN.matcher(providerErrorType).matches()) {
      providerErrorType = INVALID;
      dropped(INVALID_ERROR_TYPE, "a provider error type was not a short token (free text, perhaps an echoed"
          + " secret); it is reported as " + INVALID);
    }
    inputTokens = tokens(inputTokens);
    outputTokens = tokens(outputTokens);
    cacheReadInputTokens = tokens(cacheReadInputTokens);
    cacheCreationInputTokens = tokens(cacheCreationInputTokens);
    reasoningOutputTokens = tokens(reasoningOutputTokens);
    maxTokens = nonNegative(maxTokens);
    topK = nonNegative(topK);
    choiceCount = nonNegative(choiceCount);
    embeddingInputs = nonNegative(embeddingInputs);
    embeddingDimensions = nonNegative(embeddingDimensions);
    temperature = finite(temperature);
    topP = finite(topP);
    frequencyPenalty = finite(frequencyPenalty);
    presencePenalty = finite(presencePenalty);
    drops.forEach(counter::count);
    drops.clear();
  }

  private String identifier(String value) {
    if (value == null || value.length() <= MAX_IDENTIFIER_CHARS) {
      return value;
    }
    dropped(VALUE_TOO_LONG, "a model name or response id was longer than " + MAX_IDENTIFIER_CHARS
        + " characters; it was cut");
    return TelemetryText.cap(value, MAX_IDENTIFIER_CHARS);
  }

  private Long tokens(Long value) {
    if (value == null || value >= 0 && value <= MAX_TOKENS) {
      return value;
    }
    dropped(INVALID_NUMBER, "a token count was negative or above " + MAX_TOKENS + "; it was dropped");
    return null;
  }

  private Long nonNegative(Long value) {
    if (value == null || value >= 0) {
      return value;
    }
    dropped(INVALID_NUMBER, "a request parameter was negative; it was dropped");
    return null;
  }

  private Double finite(Double value) {
    if (value == null || Double.isFinite(value)) {
      return value;
    }
    dropped(INVALID_NUMBER, "a request parameter was not a finite number; it was dropped");
    return null;
  }
}

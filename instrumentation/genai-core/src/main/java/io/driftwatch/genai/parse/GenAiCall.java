package io.driftwatch.genai.parse;

import io.driftwatch.genai.content.CapturedContent;
import java.util.ArrayList;
import java.util.List;

/**
 * What the parsers extracted from one call's request and response bodies. Plain mutable fields:
 * filled by one parser on the analyzer thread, then read by checks and emitters. Null means "not
 * said".
 */
public final class GenAiCall {

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

  // response
  public String responseId;
  public String responseModel;
  public String systemFingerprint;
  public final List<String> finishReasons = new ArrayList<>();
  public Long inputTokens;
  public Long outputTokens;
  public Long cacheReadInputTokens;
  public Long cacheCreationInputTokens;
  public Long reasoningOutputTokens;
  /** The answer text (all choices / content blocks), bounded; see {@link OutputText}. */
  public final OutputText output = new OutputText();
  public final List<ToolCall> toolCalls = new ArrayList<>();
  /** The provider's own refusal signal (a refusal field, a refusal stop reason, a content filter). */
  public String providerRefusal;

  /** Prompt and completion content, only when content capture is switched on. */
  public CapturedContent content;

  /** The provider's own error type or code from an error body, e.g. {@code rate_limit_error}. */
  public String providerErrorType;
}

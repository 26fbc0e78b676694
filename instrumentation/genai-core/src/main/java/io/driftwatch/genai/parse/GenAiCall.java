package io.driftwatch.genai.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * What the parsers extracted from one call's request and response bodies. Plain mutable fields:
 * filled by one parser on the analyzer thread, then read by the emitters. Null means "not said".
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

  // response
  public String responseId;
  public String responseModel;
  public final List<String> finishReasons = new ArrayList<>();
  public Long inputTokens;
  public Long outputTokens;
  public Long cacheReadInputTokens;
  public Long cacheCreationInputTokens;
  public Long reasoningOutputTokens;

  /** The provider's own error type or code from an error body, e.g. {@code rate_limit_error}. */
  public String providerErrorType;
}

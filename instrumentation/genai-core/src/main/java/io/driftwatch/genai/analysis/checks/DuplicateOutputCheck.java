package io.driftwatch.genai.analysis.checks;

import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.util.LruMap;
import java.util.Arrays;
import java.util.Map;

/**
 * The same answer returned for a different request, among recent answers: a model stuck on one
 * output. Short answers ("yes", a label) repeat by design and are not counted. Analyzer thread only.
 */
public final class DuplicateOutputCheck implements CallCheck {

  static final int MIN_CHARS = 32;
  private static final int REMEMBERED_ANSWERS = 1024;

  private final Map<Integer, Integer> requestByAnswer = new LruMap<>(REMEMBERED_ANSWERS);

  @Override
  public void check(GenAiCall call, byte[] requestBody, Findings findings) {
    String answer = call.output.text();
    if (answer.length() < MIN_CHARS || requestBody == null) {
      return;
    }
    int requestHash = Arrays.hashCode(requestBody);
    Integer earlierRequest = requestByAnswer.put(answer.hashCode(), requestHash);
    findings.duplicateOutput = earlierRequest != null && earlierRequest != requestHash;
  }
}

package io.driftwatch.genai.analysis.checks;

import io.driftwatch.genai.providers.GenAiCall;

/**
 * One cheap, deterministic behavioral check, run on the analyzer thread for every successful
 * call whose response was parsed. Checks never throw on odd input.
 */
public interface CallCheck {

  void check(GenAiCall call, byte[] requestBody, Findings findings);
}

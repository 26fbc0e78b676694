package io.driftwatch.genai.analysis.checks;

import io.driftwatch.genai.providers.GenAiCall;

/** A refusal is what the provider calls one, or an answer that opens with a refusal phrase. */
public final class RefusalCheck implements CallCheck {

  public static final String PROVIDER = "provider";
  public static final String LEXICON = "lexicon";

  private final RefusalLexicon lexicon;

  public RefusalCheck(RefusalLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void check(GenAiCall call, byte[] requestBody, Findings findings) {
    if (call.providerRefusal != null) {
      findings.refusal = true;
      findings.refusalSource = PROVIDER;
    } else if (lexicon.matches(call.output.opening(RefusalLexicon.OPENING_CHARS))) {
      findings.refusal = true;
      findings.refusalSource = LEXICON;
    } else {
      findings.refusal = false;
    }
  }
}

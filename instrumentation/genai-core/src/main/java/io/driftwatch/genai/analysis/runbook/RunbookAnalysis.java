package io.driftwatch.genai.analysis.runbook;

import io.driftwatch.genai.analysis.report.RunbookFacts;
import io.driftwatch.genai.context.MetadataField;

import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.providers.GenAiCall;

/** Derives the {@link RunbookFacts} of a call on the analyzer thread. */
public final class RunbookAnalysis {

  private final PromptChangeTracker prompts = new PromptChangeTracker();
  private final ModelDriftTracker models = new ModelDriftTracker();
  private final FingerprintCache fingerprints = new FingerprintCache();

  public RunbookFacts analyze(LlmExchange exchange, GenAiCall call) {
    String provider = exchange.endpoint().providerName();
    String operationKey = provider + '|' + exchange.endpoint().operationName() + '|' + call.requestModel + '|'
        + exchange.serverAddress();
    String fingerprint = fingerprints.fingerprintOf(call.promptTemplate);
    String explicitVersion = exchange.metadata().get(MetadataField.PROMPT_VERSION);
    return new RunbookFacts(exchange.metadata(), fingerprint, explicitVersion != null ? explicitVersion : fingerprint,
        prompts.observe(operationKey, fingerprint),
        call.requestModel == null ? null
            : models.observe(provider + '|' + call.requestModel, call.responseModel, call.systemFingerprint));
  }
}

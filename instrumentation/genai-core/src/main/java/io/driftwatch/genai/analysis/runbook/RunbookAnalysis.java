package io.driftwatch.genai.analysis.runbook;

import io.driftwatch.genai.analysis.report.RunbookFacts;
import io.driftwatch.genai.context.MetadataField;
import io.driftwatch.genai.context.RequestMetadata;
import io.driftwatch.genai.providers.GenAiCall;

/** Derives the {@link RunbookFacts} of a call on the analyzer thread, from what was called and the parsed call. */
public final class RunbookAnalysis {

  private final PromptChangeTracker prompts = new PromptChangeTracker();
  private final ModelDriftTracker models = new ModelDriftTracker();
  private final FingerprintCache fingerprints = new FingerprintCache();

  public RunbookFacts analyze(String provider, String operation, String serverAddress, RequestMetadata metadata,
      GenAiCall call) {
    String operationKey = provider + '|' + operation + '|' + call.requestModel + '|' + serverAddress;
    String fingerprint = fingerprints.fingerprintOf(call.promptTemplate);
    String explicitVersion = metadata.get(MetadataField.PROMPT_VERSION);
    return new RunbookFacts(metadata, fingerprint, explicitVersion != null ? explicitVersion : fingerprint,
        prompts.observe(operationKey, fingerprint),
        call.requestModel == null ? null
            : models.observe(provider + '|' + call.requestModel, call.responseModel, call.systemFingerprint));
  }
}

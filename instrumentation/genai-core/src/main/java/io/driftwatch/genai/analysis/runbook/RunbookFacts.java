package io.driftwatch.genai.analysis.runbook;

import io.driftwatch.genai.analysis.runbook.ModelDriftTracker.ModelChange;
import io.driftwatch.genai.analysis.runbook.PromptChangeTracker.PromptChange;
import io.driftwatch.genai.context.RequestMetadata;

/**
 * The triage facts of one call: explicit metadata, the prompt fingerprint, and any prompt or
 * model change this call revealed.
 *
 * @param promptVersion the explicit prompt version, else the fingerprint, else null
 */
public record RunbookFacts(RequestMetadata metadata, String promptFingerprint, String promptVersion,
    PromptChange promptChange, ModelChange modelChange) {}

package io.driftwatch.genai.metadata;

import io.driftwatch.genai.metadata.ModelDriftTracker.ModelChange;
import io.driftwatch.genai.metadata.PromptChangeTracker.PromptChange;

/**
 * The triage facts of one call: explicit metadata, the prompt fingerprint, and any prompt or
 * model change this call revealed.
 *
 * @param promptVersion the explicit prompt version, else the fingerprint, else null
 */
public record RunbookFacts(RequestMetadata metadata, String promptFingerprint, String promptVersion,
    PromptChange promptChange, ModelChange modelChange) {}

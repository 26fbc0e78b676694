package io.driftwatch.genai.analysis.report;

import io.driftwatch.genai.context.RequestMetadata;

/**
 * The triage facts of one call: explicit metadata, the prompt fingerprint, and any prompt or
 * model change this call revealed.
 *
 * @param promptVersion the explicit prompt version, else the fingerprint, else null
 */
public record RunbookFacts(RequestMetadata metadata, String promptFingerprint, String promptVersion,
    PromptChange promptChange, ModelChange modelChange) {}

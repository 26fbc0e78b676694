package io.driftwatch.genai.analysis.report;

/**
 * Prompt and completion content in the GenAI conventions' JSON shapes, already redacted and
 * truncated; null parts were not present.
 */
public record CapturedContent(String systemInstructions, String inputMessages, String outputMessages) {}

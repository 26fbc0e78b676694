package io.driftwatch.genai.providers;

/**
 * A tool call the model returned.
 *
 * @param arguments the arguments as JSON text, exactly as the provider sent them (may be invalid)
 */
public record ToolCall(String name, String arguments) {}

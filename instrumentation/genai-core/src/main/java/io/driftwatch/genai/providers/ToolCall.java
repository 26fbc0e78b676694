package io.driftwatch.genai.providers;

/**
 * A tool call the model returned.
 *
 * @param id the provider's id for the call (what the tool's answer refers back to), or null
 * @param arguments the arguments as JSON text, exactly as the provider sent them (may be invalid)
 */
public record ToolCall(String id, String name, String arguments) {

  public ToolCall(String name, String arguments) {
    this(null, name, arguments);
  }

  /** Characters the call adds to the answer: its arguments, as the output length counts them. */
  public long length() {
    return arguments == null ? 0 : arguments.length();
  }
}

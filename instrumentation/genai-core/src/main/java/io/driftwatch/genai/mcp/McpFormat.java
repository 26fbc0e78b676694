package io.driftwatch.genai.mcp;

import io.driftwatch.genai.exchange.ApiFormat;

/**
 * A POST to an MCP server over the streamable HTTP transport, or to the message endpoint of the
 * older HTTP+SSE transport: a JSON-RPC request whose answer comes back as JSON, as a short event
 * stream, or (HTTP+SSE) on the separate event stream, which this format does not follow.
 */
public enum McpFormat implements ApiFormat {
  JSON_RPC;

  /** The GenAI conventions' operation for {@code tools/call}. */
  public static final String EXECUTE_TOOL = "execute_tool";
  public static final String PROVIDER_NAME = "mcp";

  @Override
  public String operationName() {
    return EXECUTE_TOOL;
  }
}

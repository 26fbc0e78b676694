package io.driftwatch.genai.protocols;

import io.driftwatch.genai.config.UpstreamSettings;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.exchange.ProviderProtocols;
import io.driftwatch.genai.exchange.StreamListener;
import io.driftwatch.genai.mcp.McpDetector;
import io.driftwatch.genai.mcp.McpFormat;
import io.driftwatch.genai.retrieval.RetrievalFormat;
import io.driftwatch.genai.retrieval.detect.RetrievalDetector;

/**
 * Every kind of call the agent watches, asked in order: LLM providers first (their paths are the
 * most specific), then MCP servers, then vector stores. Vector-store and MCP answers are short
 * bodies, captured up to the bound, never followed as streams.
 */
public final class AllProtocols implements ProviderProtocols {

  private final ProviderProtocols llm;
  private final McpDetector mcp;
  private final RetrievalDetector retrieval;

  public AllProtocols(ProviderProtocols llm, UpstreamSettings settings) {
    this.llm = llm;
    this.mcp = settings.mcpEnabled() ? new McpDetector(settings.mcpEndpoints()) : null;
    this.retrieval = settings.retrievalEnabled() ? new RetrievalDetector(settings.vectorStoreEndpoints()) : null;
  }

  @Override
  public LlmEndpoint detect(String host, int port, String path, HeaderLookup headers) {
    LlmEndpoint endpoint = llm.detect(host, port, path, headers);
    if (endpoint != null || host == null || path == null) {
      return endpoint;
    }
    if (mcp != null) {
      endpoint = mcp.detect(host, port, path, headers);
    }
    if (endpoint == null && retrieval != null) {
      endpoint = retrieval.detect(host, port, path);
    }
    return endpoint;
  }

  @Override
  public StreamListener streamFor(LlmEndpoint endpoint, String contentType, long startNanoTime) {
    if (endpoint.format() instanceof RetrievalFormat || endpoint.format() instanceof McpFormat) {
      return null;
    }
    return llm.streamFor(endpoint, contentType, startNanoTime);
  }
}

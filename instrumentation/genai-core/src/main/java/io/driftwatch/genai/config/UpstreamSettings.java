package io.driftwatch.genai.config;

import static io.driftwatch.genai.config.SettingValues.booleanValue;

import java.util.List;
import java.util.Set;

/**
 * Settings for the calls around the LLM calls: vector-store queries and MCP tool calls. Read once
 * at start-up like {@link GenAiSettings}; README's configuration table lists each key.
 *
 * @param vectorStoreEndpoints extra hosts to read as a given store, {@code store=host[:port][/path-prefix]}
 * @param mcpEndpoints extra MCP servers whose path is not {@code /mcp}, {@code host[:port][/path-prefix]}
 */
public record UpstreamSettings(boolean retrievalEnabled, List<EndpointRule> vectorStoreEndpoints,
    boolean mcpEnabled, List<EndpointRule> mcpEndpoints) {

  public static final String RETRIEVAL_ENABLED = "otel.instrumentation.genai.retrieval.enabled";
  public static final String VECTOR_STORE_ENDPOINTS = "otel.instrumentation.genai.retrieval.endpoints";
  public static final String MCP_ENABLED = "otel.instrumentation.genai.mcp.enabled";
  public static final String MCP_ENDPOINTS = "otel.instrumentation.genai.mcp.endpoints";

  public static final boolean DEFAULT_RETRIEVAL_ENABLED = true;
  public static final boolean DEFAULT_MCP_ENABLED = true;
  /** The store names an endpoint rule may give; each is a folder under {@code retrieval/}. */
  public static final Set<String> STORE_NAMES =
      Set.of("qdrant", "pinecone", "weaviate", "chroma", "elasticsearch", "opensearch", "milvus");

  public static UpstreamSettings defaults() {
    return from(key -> null);
  }

  /** Reads every key once; a bad value throws a {@link ConfigException} naming its key. */
  public static UpstreamSettings from(ConfigSource source) {
    List<EndpointRule> stores = EndpointRule.parseList(VECTOR_STORE_ENDPOINTS, source.get(VECTOR_STORE_ENDPOINTS));
    for (EndpointRule rule : stores) {
      if (!STORE_NAMES.contains(rule.providerName())) {
        throw new ConfigException(VECTOR_STORE_ENDPOINTS, "'" + rule.providerName() + "' is not one of "
            + STORE_NAMES.stream().sorted().toList() + "; write store=host[:port][/path-prefix]");
      }
    }
    return new UpstreamSettings(
        booleanValue(source, RETRIEVAL_ENABLED, DEFAULT_RETRIEVAL_ENABLED), stores,
        booleanValue(source, MCP_ENABLED, DEFAULT_MCP_ENABLED),
        EndpointRule.parseList(MCP_ENDPOINTS, source.get(MCP_ENDPOINTS)));
  }
}

package io.driftwatch.samples.drill;

import io.driftwatch.samples.upstream.ChromaStandIn;
import io.driftwatch.samples.upstream.McpStandInServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The drill's vector store and MCP server on loopback, which the apps use through their real
 * clients (LangChain4j's Chroma store, the MCP SDK's client), and the faults a scenario puts in them.
 */
final class UpstreamStandIns implements AutoCloseable {

  /** The share of the index a part-built re-index lacks ({@link ChromaStandIn#loseShareOfIndex}). */
  static final double LOST_SHARE = 0.67;
  /**
   * A real store's query time. On loopback a query takes a millisecond or two, so a busy machine's
   * pause of a few tens of milliseconds would double its p95; at 120 ms (inside the 0.1 to 0.5 s
   * bucket) a pause has to last most of a second to look like a slow store.
   */
  static final Duration QUERY_LATENCY = Duration.ofMillis(120);

  private static final String MCP_LOG_LEVEL = "org.slf4j.simpleLogger.log.io.modelcontextprotocol";

  private final ChromaStandIn chroma;
  private final McpStandInServer mcp;

  private UpstreamStandIns(ChromaStandIn chroma, McpStandInServer mcp) {
    this.chroma = chroma;
    this.mcp = mcp;
  }

  static UpstreamStandIns start() {
    // the MCP server's per-session INFO lines are not the drill's output (slf4j-simple reads this once)
    if (System.getProperty(MCP_LOG_LEVEL) == null) {
      System.setProperty(MCP_LOG_LEVEL, "warn");
    }
    ChromaStandIn chroma = ChromaStandIn.start();
    chroma.queryLatency(QUERY_LATENCY);
    try {
      return new UpstreamStandIns(chroma, McpStandInServer.streamableHttp());
    } catch (Exception e) {
      chroma.close();
      throw new IllegalStateException("cannot start the MCP stand-in", e);
    }
  }

  String description() {
    return "vector store stand-in (Chroma): " + chroma.baseUrl() + ", MCP stand-in: " + mcp.baseUrl() + "/mcp";
  }

  /** The app's settings: only the LangChain4j app keeps its articles in Chroma; both use the tool. */
  Map<String, String> environment(SampleApp app) {
    Map<String, String> environment = new HashMap<>();
    environment.put("MCP_SERVER_URL", mcp.baseUrl());
    if (app == SampleApp.LANGCHAIN4J) {
      environment.put("CHROMA_BASE_URL", chroma.baseUrl());
    }
    return environment;
  }

  void inject(List<UpstreamFault> faults) {
    for (UpstreamFault fault : faults) {
      switch (fault) {
        case PARTIAL_INDEX -> chroma.loseShareOfIndex(LOST_SHARE);
        case BROKEN_TOOL -> mcp.breakLookup(true);
      }
    }
  }

  void heal() {
    chroma.loseShareOfIndex(0);
    mcp.breakLookup(false);
  }

  @Override
  public void close() {
    chroma.close();
    try {
      mcp.close();
    } catch (Exception e) {
      // the drill is done with it
    }
  }
}

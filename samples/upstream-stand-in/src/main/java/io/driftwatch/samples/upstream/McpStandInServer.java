package io.driftwatch.samples.upstream;

import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletSseServerTransportProvider;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.http.HttpServlet;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * A loopback MCP server: the MCP SDK's own servlet transport (streamable HTTP on {@code /mcp}, or
 * HTTP+SSE on {@code /sse} and {@code /mcp/message}) in an embedded Tomcat, offering two tools.
 * {@code search_docs} answers; {@code lookup_order} answers {@code isError} while it is broken.
 */
public final class McpStandInServer implements AutoCloseable {

  public static final String SEARCH_DOCS = "search_docs";
  public static final String LOOKUP_ORDER = "lookup_order";

  /** The container's own logging (start, stop, thread-leak checks) is not the stand-in's output. */
  private static final Logger CONTAINER_LOG = Logger.getLogger("org.apache");

  static {
    CONTAINER_LOG.setLevel(Level.SEVERE);
  }

  private final Tomcat tomcat;
  private final Connector connector;
  private final McpSyncServer server;
  private final AtomicBoolean lookupBroken = new AtomicBoolean();

  private McpStandInServer(boolean streamable) throws Exception {
    HttpServlet servlet;
    if (streamable) {
      HttpServletStreamableServerTransportProvider provider =
          HttpServletStreamableServerTransportProvider.builder().mcpEndpoint("/mcp").build();
      server = McpServer.sync(provider).serverInfo("stand-in", "1.0")
          .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build()).tools(tools()).build();
      servlet = provider;
    } else {
      HttpServletSseServerTransportProvider provider = HttpServletSseServerTransportProvider.builder()
          .sseEndpoint("/sse").messageEndpoint("/mcp/message").build();
      server = McpServer.sync(provider).serverInfo("stand-in", "1.0")
          .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build()).tools(tools()).build();
      servlet = provider;
    }
    tomcat = new Tomcat();
    tomcat.setBaseDir(Files.createTempDirectory("mcp-stand-in").toString());
    connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", null);
    Wrapper wrapper = Tomcat.addServlet(context, "mcp", servlet);
    wrapper.setAsyncSupported(true);
    context.addServletMappingDecoded("/*", "mcp");
    tomcat.start();
  }

  public static McpStandInServer streamableHttp() throws Exception {
    return new McpStandInServer(true);
  }

  public static McpStandInServer httpWithSse() throws Exception {
    return new McpStandInServer(false);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + connector.getLocalPort();
  }

  /** The drill's broken tool: from now on {@code lookup_order} answers with {@code isError}. */
  public void breakLookup(boolean broken) {
    lookupBroken.set(broken);
  }

  private List<SyncToolSpecification> tools() {
    McpSchema.Tool search = McpSchema.Tool.builder().name(SEARCH_DOCS).description("Searches the docs")
        .inputSchema(Map.of("type", "object", "properties", Map.of("query", Map.of("type", "string")))).build();
    McpSchema.Tool lookup = McpSchema.Tool.builder().name(LOOKUP_ORDER).description("Looks up an order")
        .inputSchema(Map.of("type", "object", "properties", Map.of("id", Map.of("type", "string")))).build();
    return List.of(
        new SyncToolSpecification(search, (exchange, request) -> McpSchema.CallToolResult.builder()
            .textContent(List.of("3 documents about " + request.arguments().get("query"))).isError(false).build()),
        new SyncToolSpecification(lookup, (exchange, request) -> lookupBroken.get()
            ? McpSchema.CallToolResult.builder().textContent(List.of("order service unavailable")).isError(true).build()
            : McpSchema.CallToolResult.builder().textContent(List.of("order shipped")).isError(false).build()));
  }

  @Override
  public void close() throws Exception {
    server.closeGracefully();
    tomcat.stop();
    tomcat.destroy();
  }
}

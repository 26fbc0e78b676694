package io.driftwatch.samples.upstream;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback stand-in for Elasticsearch, Chroma (v2 API) and Weaviate, answering the requests their
 * real clients send with canned hits whose scores the test sets. Only what the clients need to get
 * from building to a search is answered; everything else is a 404.
 */
public final class VectorStoreStandIn implements AutoCloseable {

  private final LoopbackJsonServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  /** Best-ranked first; the stores' own score conventions are applied per store. */
  private volatile double[] scores = {0.92, 0.81, 0.64};
  private volatile String oddAnswer;

  private VectorStoreStandIn() {
    server = LoopbackJsonServer.start(this::handle, 4);
  }

  public static VectorStoreStandIn start() {
    return new VectorStoreStandIn();
  }

  public String baseUrl() {
    return server.baseUrl();
  }

  public int port() {
    return server.port();
  }

  /** Scores of the hits every query answers from now on; none gives empty results. */
  public void scores(double... bestFirst) {
    this.scores = bestFirst.clone();
  }

  /** The body every query answers with from now on, whatever the store (a shape no store sends). */
  public void answerOddly(String body) {
    this.oddAnswer = body;
  }

  public List<String> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      String path = exchange.getRequestURI().getPath();
      exchange.getRequestBody().readAllBytes();
      requests.add(method + " " + path);
      String body = answer(method, path);
      if (body == null) {
        send(exchange, 404, "{\"error\":\"not found\"}");
      } else {
        send(exchange, 200, body);
      }
    }
  }

  private String answer(String method, String path) {
    boolean query = path.endsWith("/_search") || path.endsWith("/query") || path.equals("/v1/graphql")
        || path.endsWith("/points/search");
    if (query && oddAnswer != null) {
      return oddAnswer;
    }
    if (path.endsWith("/_search")) {
      return elasticsearchHits();
    }
    if (path.startsWith("/api/v2/")) {
      return chroma(method, path);
    }
    if (path.equals("/v1/graphql")) {
      return weaviateHits();
    }
    if (path.equals("/v1/meta")) {
      return "{\"hostname\":\"http://[::]:8080\",\"version\":\"1.25.0\",\"modules\":{}}";
    }
    if (path.startsWith("/collections/") && path.endsWith("/points/search")) {
      return qdrantHits();
    }
    return null;
  }

  private String chroma(String method, String path) {
    if (path.endsWith("/query")) {
      return chromaHits();
    }
    if (path.matches("/api/v2/tenants/[^/]+")) {
      return "{\"name\":\"default_tenant\"}";
    }
    if (path.matches("/api/v2/tenants/[^/]+/databases/[^/]+")) {
      return "{\"id\":\"0f6c7d22-5a8e-4b1e-9a41-2f5d8c7b6a10\",\"name\":\"default_database\",\"tenant\":\"default_tenant\"}";
    }
    if (path.matches("/api/v2/tenants/[^/]+/databases/[^/]+/collections/[^/]+")) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      return "{\"id\":\"6e2b1f0c-93c4-4d5e-8f7a-1b2c3d4e5f60\",\"name\":\"" + name + "\",\"metadata\":null}";
    }
    return null;
  }

  private String elasticsearchHits() {
    StringBuilder hits = new StringBuilder();
    for (int i = 0; i < scores.length; i++) {
      hits.append(i == 0 ? "" : ",").append("{\"_index\":\"docs\",\"_id\":\"d").append(i).append("\",\"_score\":")
          .append(scores[i]).append(",\"_source\":{\"text\":\"chunk ").append(i).append("\"}}");
    }
    return "{\"took\":2,\"timed_out\":false,\"_shards\":{\"total\":1,\"successful\":1,\"skipped\":0,\"failed\":0},"
        + "\"hits\":{\"total\":{\"value\":" + scores.length + ",\"relation\":\"eq\"},\"max_score\":"
        + (scores.length == 0 ? "null" : scores[0]) + ",\"hits\":[" + hits + "]}}";
  }

  /** Chroma answers distances: a similarity s is sent as the cosine distance 2 - 2s, which LangChain4j maps back. */
  private String chromaHits() {
    StringBuilder ids = new StringBuilder();
    StringBuilder distances = new StringBuilder();
    StringBuilder documents = new StringBuilder();
    StringBuilder metadatas = new StringBuilder();
    StringBuilder embeddings = new StringBuilder();
    for (int i = 0; i < scores.length; i++) {
      String comma = i == 0 ? "" : ",";
      embeddings.append(comma).append("[0.1,0.2,0.3]");
      ids.append(comma).append("\"id-").append(i).append('"');
      distances.append(comma).append(2 - 2 * scores[i]);
      documents.append(comma).append("\"chunk ").append(i).append('"');
      metadatas.append(comma).append("null");
    }
    return "{\"ids\":[[" + ids + "]],\"distances\":[[" + distances + "]],\"documents\":[[" + documents + "]],"
        + "\"metadatas\":[[" + metadatas + "]],\"embeddings\":[[" + embeddings + "]]}";
  }

  private String weaviateHits() {
    StringBuilder hits = new StringBuilder();
    for (int i = 0; i < scores.length; i++) {
      hits.append(i == 0 ? "" : ",").append("{\"text\":\"chunk ").append(i).append("\",\"_additional\":{\"id\":\"")
          .append("00000000-0000-0000-0000-00000000000").append(i).append("\",\"certainty\":").append(scores[i])
          .append(",\"distance\":").append(2 - 2 * scores[i]).append(",\"vector\":[0.4,0.5]}}");
    }
    return "{\"data\":{\"Get\":{\"Article\":[" + hits + "]}}}";
  }

  private String qdrantHits() {
    StringBuilder hits = new StringBuilder();
    for (int i = 0; i < scores.length; i++) {
      hits.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"version\":0,\"score\":").append(scores[i])
          .append('}');
    }
    return "{\"result\":[" + hits + "],\"status\":\"ok\",\"time\":0.0001}";
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    LoopbackJsonServer.send(exchange, status, body.getBytes(StandardCharsets.UTF_8),
        Map.of("X-Elastic-Product", "Elasticsearch"));
  }

  @Override
  public void close() {
    server.close();
  }
}

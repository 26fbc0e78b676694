package io.driftwatch.samples.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small Chroma on loopback, v2 API: tenants and databases exist, collections are created and
 * found by name, {@code add} stores what the client sends, {@code query} ranks by cosine distance
 * ({@code 1 - cos}) with {@code where} equality filters. Enough for LangChain4j's Chroma store.
 *
 * <p>The drill's fault is {@link #loseShareOfIndex}: queries are then answered from an index that a
 * re-index left part-built, so the same question finds fewer and farther chunks, one query in eight
 * is refused (503) and one in eight finds nothing.
 */
public final class ChromaStandIn implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PREFIX = "/api/v2/tenants/";
  private static final Pattern COLLECTION_CALL = Pattern.compile(
      "/api/v2/tenants/[^/]+/databases/[^/]+/collections/([^/]+)/(add|query)");
  private static final Pattern COLLECTION_BY_NAME = Pattern.compile(
      "/api/v2/tenants/[^/]+/databases/[^/]+/collections/([^/]+)");
  private static final Pattern COLLECTIONS = Pattern.compile("/api/v2/tenants/[^/]+/databases/[^/]+/collections");
  private static final Pattern DATABASE = Pattern.compile("/api/v2/tenants/([^/]+)/databases/([^/]+)");

  private record Entry(String id, float[] vector, String document, JsonNode metadata) {}

  private record Collection(String id, String name, List<Entry> entries) {}

  private final LoopbackJsonServer server;
  private final Map<String, Collection> byName = new ConcurrentHashMap<>();
  private final Map<String, Collection> byId = new ConcurrentHashMap<>();
  private final AtomicInteger queries = new AtomicInteger();
  private volatile double lostShare;
  private volatile long queryLatencyMillis;

  private ChromaStandIn() {
    server = LoopbackJsonServer.start(this::handle, 2);
  }

  public static ChromaStandIn start() {
    return new ChromaStandIn();
  }

  public String baseUrl() {
    return server.baseUrl();
  }

  /** Queries answered so far. */
  public int queries() {
    return queries.get();
  }

  /**
   * From now on, queries do not see this share in [0, 1] of the entries (the same entries every
   * time, chosen by their text), and while it is above 0 every eighth query is refused and every eighth
   * (another) is answered empty; 0 is the index as it was written.
   */
  public void loseShareOfIndex(double share) {
    if (share < 0 || share > 1) {
      throw new IllegalArgumentException("share in [0, 1]: " + share);
    }
    this.lostShare = share;
  }

  /** How long each query takes from now on, as a real store's would; 0 answers at once. */
  public void queryLatency(Duration latency) {
    this.queryLatencyMillis = latency.toMillis();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      JsonNode request = body.length == 0 ? JSON.nullNode() : JSON.readTree(body);
      Object answer = answer(method, path, request);
      if (answer == null) {
        send(exchange, 404, JSON.createObjectNode().put("error", "NotFoundError").put("message", path + " not found"));
      } else {
        send(exchange, 200, answer);
      }
    } catch (Rebuilding e) {
      send(exchange, 503, JSON.createObjectNode().put("error", "Unavailable").put("message", "the collection is rebuilding"));
    } catch (RuntimeException e) {
      send(exchange, 400, JSON.createObjectNode().put("error", "InvalidArgumentError").put("message", e.toString()));
    }
  }

  private Object answer(String method, String path, JsonNode request) {
    if (!path.startsWith(PREFIX)) {
      return null;
    }
    Matcher call = COLLECTION_CALL.matcher(path);
    if (method.equals("POST") && call.matches()) {
      Collection collection = byId.get(call.group(1));
      if (collection == null) {
        return null;
      }
      return call.group(2).equals("add") ? add(collection, request) : query(collection, request);
    }
    if (method.equals("POST") && COLLECTIONS.matcher(path).matches()) {
      String name = request.path("name").asText();
      return describe(byName.computeIfAbsent(name, n -> {
        Collection created = new Collection(UUID.randomUUID().toString(), n, new ArrayList<>());
        byId.put(created.id(), created);
        return created;
      }));
    }
    Matcher byNamePath = COLLECTION_BY_NAME.matcher(path);
    if (method.equals("GET") && byNamePath.matches()) {
      Collection collection = byName.get(byNamePath.group(1));
      return collection == null ? null : describe(collection);
    }
    Matcher database = DATABASE.matcher(path);
    if (database.matches()) {
      return JSON.createObjectNode().put("id", UUID.nameUUIDFromBytes(path.getBytes(StandardCharsets.UTF_8)).toString())
          .put("name", database.group(2)).put("tenant", database.group(1));
    }
    // tenant and database look-ups and creations: everything exists
    return JSON.createObjectNode().put("name", path.substring(PREFIX.length()).split("/")[0]);
  }

  private static ObjectNode describe(Collection collection) {
    ObjectNode node = JSON.createObjectNode().put("id", collection.id()).put("name", collection.name());
    node.putNull("metadata");
    return node;
  }

  private Object add(Collection collection, JsonNode request) {
    JsonNode ids = request.path("ids");
    synchronized (collection) {
      for (int i = 0; i < ids.size(); i++) {
        collection.entries().add(new Entry(ids.get(i).asText(), vector(request.path("embeddings").get(i)),
            request.path("documents").path(i).asText(null), request.path("metadatas").path(i)));
      }
    }
    return Boolean.TRUE;
  }

  /** A query the part-built index refuses. */
  private static final class Rebuilding extends RuntimeException {
    Rebuilding() {
      super(null, null, false, false);
    }
  }

  private Object query(Collection collection, JsonNode request) {
    int number = queries.incrementAndGet();
    takeQueryLatency();
    boolean partBuilt = lostShare > 0;
    if (partBuilt && number % 8 == 4) {
      throw new Rebuilding();
    }
    float[] query = vector(request.path("query_embeddings").get(0));
    int limit = Math.max(1, request.path("n_results").asInt(10));
    JsonNode where = request.path("where");
    List<Entry> entries;
    synchronized (collection) {
      entries = List.copyOf(collection.entries());
    }
    record Ranked(Entry entry, double distance) {}
    List<Ranked> ranked = entries.stream()
        .filter(entry -> matches(entry.metadata(), where) && !lost(entry))
        .map(entry -> new Ranked(entry, 1 - cosine(query, entry.vector())))
        .sorted(Comparator.comparingDouble(Ranked::distance))
        .limit(partBuilt && number % 8 == 0 ? 0 : limit)
        .toList();
    ObjectNode response = JSON.createObjectNode();
    ArrayNode ids = response.putArray("ids").addArray();
    ArrayNode distances = response.putArray("distances").addArray();
    ArrayNode documents = response.putArray("documents").addArray();
    ArrayNode metadatas = response.putArray("metadatas").addArray();
    ArrayNode embeddings = response.putArray("embeddings").addArray();
    for (Ranked hit : ranked) {
      ids.add(hit.entry().id());
      distances.add(hit.distance());
      documents.add(hit.entry().document());
      metadatas.add(hit.entry().metadata());
      ArrayNode vector = embeddings.addArray();
      for (float value : hit.entry().vector()) {
        vector.add(value);
      }
    }
    return response;
  }

  /** Chroma's {@code where}: {@code {"key": value}} or {@code {"key": {"$eq": value}}}, all of them. */
  private static boolean matches(JsonNode metadata, JsonNode where) {
    if (where.isMissingNode() || where.isNull() || where.isEmpty()) {
      return true;
    }
    var fields = where.fields();
    while (fields.hasNext()) {
      var condition = fields.next();
      JsonNode expected = condition.getValue().has("$eq") ? condition.getValue().get("$eq") : condition.getValue();
      if (!expected.equals(metadata.path(condition.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private void takeQueryLatency() {
    long millis = queryLatencyMillis;
    if (millis > 0) {
      try {
        Thread.sleep(millis); // the store's simulated work, not a wait for anything
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private boolean lost(Entry entry) {
    // by content, not id: clients make random ids, and the drill must lose the same chunks every run
    String key = entry.document() != null ? entry.document() : entry.id();
    return Math.floorMod(key.hashCode(), 1000) < lostShare * 1000;
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double normA = 0;
    double normB = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      dot += a[i] * b[i];
      normA += a[i] * a[i];
      normB += b[i] * b[i];
    }
    return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
  }

  private static float[] vector(JsonNode values) {
    if (values == null || !values.isArray()) {
      throw new IllegalArgumentException("an embedding is a list of numbers");
    }
    float[] vector = new float[values.size()];
    for (int i = 0; i < vector.length; i++) {
      vector[i] = (float) values.get(i).asDouble();
    }
    return vector;
  }

  private static void send(HttpExchange exchange, int status, Object body) throws IOException {
    LoopbackJsonServer.send(exchange, status, JSON.writeValueAsBytes(body), Map.of());
  }

  @Override
  public void close() {
    server.close();
  }
}

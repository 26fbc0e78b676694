package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.chroma.ChromaApiVersion;
import dev.langchain4j.store.embedding.chroma.ChromaEmbeddingStore;
import dev.langchain4j.store.embedding.weaviate.WeaviateEmbeddingStore;
import io.driftwatch.samples.otlp.ReceivedMetric;
import io.driftwatch.samples.otlp.ReceivedSpan;
import io.driftwatch.samples.upstream.VectorStoreStandIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real vector-store clients (the Elasticsearch Java client on HttpClient 5 async, LangChain4j's
 * Chroma store on the JDK HttpClient, LangChain4j's Weaviate store on HttpClient 5 classic) query a
 * loopback stand-in with the agent attached; each query becomes a retrieval span and retrieval
 * metrics. Each test uses its own collection name, which is how it finds its own span.
 */
@Tag("conformance")
class VectorStoreClientsTest {

  private static VectorStoreStandIn store;

  @BeforeAll
  static void startStore() {
    store = VectorStoreStandIn.start();
  }

  @AfterAll
  static void stopStore() {
    store.close();
  }

  private static ReceivedSpan retrievalSpan(String collection) {
    List<ReceivedSpan> spans = RECEIVER.awaitSpans(s -> ("retrieval " + collection).equals(s.name()), 1, WAIT);
    if (spans.size() != 1) {
      throw new AssertionError("expected one retrieval span for " + collection + ", got " + spans);
    }
    return spans.get(0);
  }

  private static String unique(String base) {
    return base + "-" + Long.toHexString(System.nanoTime());
  }

  @Test
  void elasticsearchJavaClientKnnSearchBecomesARetrievalSpanAndMetrics() throws Exception {
    String index = unique("docs");
    store.scores(0.93, 0.71);
    ElasticsearchClient client = ElasticsearchClient.of(b -> b.host(store.baseUrl()).apiKey("canary-es-key-0123"));
    try {
      SearchResponse<Map> response = client.search(s -> s.index(index)
          .knn(k -> k.field("embedding").queryVector(List.of(0.1f, 0.2f, 0.3f)).k(2).numCandidates(20)
              .filter(f -> f.term(t -> t.field("lang").value("en")))), Map.class);
      assertEquals(2, response.hits().hits().size());
    } finally {
      client.close();
    }

    ReceivedSpan span = retrievalSpan(index);
    assertEquals("CLIENT", span.kind());
    assertEquals("retrieval", span.stringAttr("gen_ai.operation.name"));
    assertEquals("elasticsearch", span.stringAttr("db.system.name"));
    assertEquals(index, span.stringAttr("db.collection.name"));
    assertEquals(2L, span.longAttr("gen_ai.request.top_k"));
    assertEquals(2L, span.longAttr("db.response.returned_rows"));
    assertEquals(0.93, span.doubleAttr("driftwatch.retrieval.score.top"), 1e-9);
    assertEquals(0.71, span.doubleAttr("driftwatch.retrieval.score.bottom"), 1e-9);
    assertEquals(true, span.boolAttr("driftwatch.retrieval.filtered"));
    assertFalse(span.attributes().toString().contains("canary-es-key"), span.attributes().toString());
    assertFalse(span.attributes().toString().contains("chunk 0"), "no documents: " + span.attributes());
    ReceivedMetric duration = RECEIVER.awaitMetric("db.client.operation.duration",
        m -> index.equals(m.stringAttr("db.collection.name")), WAIT);
    assertEquals("elasticsearch", duration.stringAttr("db.system.name"));
    ReceivedMetric topScore = RECEIVER.awaitMetric("driftwatch.retrieval.top_score",
        m -> index.equals(m.stringAttr("db.collection.name")), WAIT);
    assertEquals(0.93, topScore.sum(), 1e-9);
  }

  @Test
  void langChain4jChromaStoreSearchBecomesARetrievalSpanWithDistances() {
    String collection = unique("kb");
    store.scores(0.92, 0.81, 0.64);
    ChromaEmbeddingStore chroma = ChromaEmbeddingStore.builder()
        .apiVersion(ChromaApiVersion.V2)
        .baseUrl(store.baseUrl())
        .collectionName(collection)
        .timeout(Duration.ofSeconds(10))
        .build();

    EmbeddingSearchResult<TextSegment> result = chroma.search(EmbeddingSearchRequest.builder()
        .queryEmbedding(Embedding.from(new float[] {0.1f, 0.2f, 0.3f})).maxResults(3).build());

    assertEquals(3, result.matches().size());
    List<ReceivedSpan> spans = RECEIVER.awaitSpans(s -> "chroma".equals(s.stringAttr("db.system.name"))
        && s.name().startsWith("retrieval ") && Long.valueOf(3).equals(s.longAttr("gen_ai.request.top_k"))
        && store.requests().stream().anyMatch(r -> r.endsWith("/collections/" + s.stringAttr("db.collection.name")
        + "/query")), 1, WAIT);
    ReceivedSpan span = spans.get(spans.size() - 1);
    assertEquals("query", span.stringAttr("db.operation.name"));
    assertEquals(3L, span.longAttr("db.response.returned_rows"));
    assertEquals("distance", span.stringAttr("driftwatch.retrieval.score.kind"));
    assertEquals(2 - 2 * 0.92, span.doubleAttr("driftwatch.retrieval.score.top"), 1e-9);
    assertEquals(2 - 2 * 0.64, span.doubleAttr("driftwatch.retrieval.score.bottom"), 1e-9);
  }

  @Test
  void langChain4jWeaviateStoreSearchBecomesARetrievalSpanWithCertainty() {
    store.scores(0.88, 0.52);
    WeaviateEmbeddingStore weaviate = WeaviateEmbeddingStore.builder()
        .scheme("http")
        .host("127.0.0.1")
        .port(store.port())
        .objectClass("Article")
        .build();

    EmbeddingSearchResult<TextSegment> result = weaviate.search(EmbeddingSearchRequest.builder()
        .queryEmbedding(Embedding.from(new float[] {0.4f, 0.5f})).maxResults(2).build());

    assertEquals(2, result.matches().size());
    List<ReceivedSpan> spans = RECEIVER.awaitSpans(s -> "retrieval Article".equals(s.name())
        && Double.valueOf(0.88).equals(s.doubleAttr("driftwatch.retrieval.score.top")), 1, WAIT);
    ReceivedSpan span = spans.get(0);
    assertEquals("weaviate", span.stringAttr("db.system.name"));
    assertEquals("Get", span.stringAttr("db.operation.name"));
    assertEquals(2L, span.longAttr("gen_ai.request.top_k"));
    assertEquals(2L, span.longAttr("db.response.returned_rows"));
    assertEquals("similarity", span.stringAttr("driftwatch.retrieval.score.kind"));
    assertEquals(0.52, span.doubleAttr("driftwatch.retrieval.score.bottom"), 1e-9);
  }

  @Test
  void emptyResultsAreCountedPerCollection() throws Exception {
    String index = unique("empty");
    store.scores();
    ElasticsearchClient client = ElasticsearchClient.of(b -> b.host(store.baseUrl()));
    try {
      client.search(s -> s.index(index).knn(k -> k.field("embedding").queryVector(List.of(0.1f)).k(5)), Map.class);
    } finally {
      client.close();
      store.scores(0.92, 0.81, 0.64);
    }

    ReceivedSpan span = retrievalSpan(index);
    assertEquals(0L, span.longAttr("db.response.returned_rows"));
    assertNull(span.doubleAttr("driftwatch.retrieval.score.top"));
    ReceivedMetric empty = RECEIVER.awaitMetric("driftwatch.retrieval.empty_results",
        m -> index.equals(m.stringAttr("db.collection.name")), WAIT);
    assertEquals(1.0, empty.value());
  }

  @Test
  void anUnknownAnswerShapeGivesASpanWithoutHitsAndACountedDropNeverAnError() throws Exception {
    String collection = unique("odd");
    store.answerOddly("{\"surprise\":[1,2,3]}");
    HttpResponse<String> response;
    try {
      response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(store.baseUrl() + "/collections/" + collection + "/points/search"))
          .header("content-type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"vector\":[0.1,0.2],\"limit\":4}")).build(),
          HttpResponse.BodyHandlers.ofString());
    } finally {
      store.answerOddly(null);
    }

    assertEquals("{\"surprise\":[1,2,3]}", response.body());
    ReceivedSpan span = retrievalSpan(collection);
    assertEquals("qdrant", span.stringAttr("db.system.name"));
    assertEquals(4L, span.longAttr("gen_ai.request.top_k"));
    assertNull(span.longAttr("db.response.returned_rows"));
    assertEquals("unknown_shape", span.stringAttr("driftwatch.analysis.skipped"));
    ReceivedMetric dropped = RECEIVER.awaitMetric("driftwatch.agent.dropped",
        m -> "retrieval_unknown_shape".equals(m.stringAttr("reason")), WAIT);
    assertTrue(dropped.value() >= 1);
  }
}

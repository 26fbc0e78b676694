package io.driftwatch.genai.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.genai.config.EndpointRule;
import io.driftwatch.genai.config.UpstreamSettings;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.retrieval.detect.RetrievalDetector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given each store's query and answer as its HTTP API sends them, what the detector and the reader conclude. */
class VectorStoresTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final RetrievalDetector detector = new RetrievalDetector(List.of());

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private RetrievalCall read(String host, String path, String request, String response) {
    LlmEndpoint endpoint = detector.detect(host, 443, path);
    if (endpoint == null) {
      throw new AssertionError("not detected: " + host + path);
    }
    RetrievalFormat format = (RetrievalFormat) endpoint.format();
    RetrievalCall call = new RetrievalCall();
    format.store().read(format, request == null ? null : json(request), response == null ? null : json(response),
        call);
    return call;
  }

  @Test
  void qdrantPointsSearchGivesCollectionTopKFilterHitsAndScores() {
    RetrievalCall call = read("qdrant.internal", "/collections/docs/points/search",
        "{\"vector\":[0.1,0.2],\"limit\":3,\"filter\":{\"must\":[{\"key\":\"lang\",\"match\":{\"value\":\"en\"}}]}}",
        "{\"result\":[{\"id\":1,\"score\":0.91,\"payload\":{\"text\":\"secret\"}},{\"id\":2,\"score\":0.72}],"
            + "\"status\":\"ok\",\"time\":0.001}");

    assertEquals("docs", call.collection);
    assertEquals(3L, call.requestedTopK);
    assertEquals(true, call.filtered);
    assertEquals(2, call.hits);
    assertEquals(0.91, call.topScore);
    assertEquals(0.72, call.bottomScore);
    assertEquals("similarity", call.scoreKind);
  }

  @Test
  void qdrantUniversalQueryReadsResultPoints() {
    RetrievalCall call = read("localhost", "/collections/faq/points/query", "{\"query\":[0.1],\"limit\":5}",
        "{\"result\":{\"points\":[{\"id\":\"a\",\"score\":0.5}]},\"status\":\"ok\"}");

    assertEquals("faq", call.collection);
    assertEquals(false, call.filtered);
    assertEquals(1, call.hits);
    assertEquals(0.5, call.topScore);
  }

  @Test
  void pineconeQueryIsClaimedOnlyOnPineconeHostsAndNamesTheIndexFromTheHost() {
    assertNull(detector.detect("api.example.com", 443, "/query"));
    RetrievalCall call = read("products-abc1234.svc.aped-4627-b74a.pinecone.io", "/query",
        "{\"vector\":[0.3],\"topK\":10,\"namespace\":\"ns1\",\"includeMetadata\":true}",
        "{\"matches\":[{\"id\":\"v1\",\"score\":0.88},{\"id\":\"v2\",\"score\":0.81},{\"id\":\"v3\",\"score\":0.4}],"
            + "\"namespace\":\"ns1\"}");

    assertEquals("products", call.collection);
    assertEquals(10L, call.requestedTopK);
    assertEquals(3, call.hits);
    assertEquals(0.88, call.topScore);
    assertEquals(0.4, call.bottomScore);
  }

  @Test
  void configuredHostMakesPineconesQueryPathARetrieval() {
    RetrievalDetector configured = new RetrievalDetector(
        List.of(new EndpointRule("pinecone", "127.0.0.1", 5081, "")));

    LlmEndpoint endpoint = configured.detect("127.0.0.1", 5081, "/query");

    assertEquals("pinecone", endpoint.providerName());
    assertEquals("retrieval", endpoint.operationName());
  }

  @Test
  void weaviateNearVectorQueryReadsClassLimitWhereAndCertainty() {
    String query = "{ Get { Article(nearVector: {vector: [0.1, 0.2]}, limit: 4, where: {path: [\\\"lang\\\"],"
        + " operator: Equal, valueText: \\\"en\\\"}) { title _additional { id certainty distance } } } }";
    RetrievalCall call = read("weaviate.local", "/v1/graphql", "{\"query\":\"" + query + "\"}",
        "{\"data\":{\"Get\":{\"Article\":[{\"title\":\"t\",\"_additional\":{\"certainty\":0.93,\"distance\":0.14}},"
            + "{\"title\":\"u\",\"_additional\":{\"certainty\":0.61,\"distance\":0.78}}]}}}");

    assertEquals("Article", call.collection);
    assertEquals(4L, call.requestedTopK);
    assertEquals(true, call.filtered);
    assertEquals(2, call.hits);
    assertEquals(0.93, call.topScore);
    assertEquals(0.61, call.bottomScore);
    assertEquals("similarity", call.scoreKind);
  }

  @Test
  void weaviateGraphqlWithoutNearSearchIsNoRetrieval() {
    RetrievalCall call = read("weaviate.local", "/v1/graphql",
        "{\"query\":\"{ Aggregate { Article { meta { count } } } }\"}", null);

    assertTrue(call.notRetrieval);
  }

  @Test
  void chromaV2QueryReadsTheFirstQuerysDistances() {
    RetrievalCall call = read("localhost", "/api/v2/tenants/default_tenant/databases/default_database/collections/"
            + "5f1c/query", "{\"query_embeddings\":[[0.1,0.2]],\"n_results\":2,\"where\":{\"source\":\"kb\"}}",
        "{\"ids\":[[\"a\",\"b\"]],\"distances\":[[0.12,0.34]],\"documents\":[[\"x\",\"y\"]]}");

    assertEquals("5f1c", call.collection);
    assertEquals(2L, call.requestedTopK);
    assertEquals(true, call.filtered);
    assertEquals(2, call.hits);
    assertEquals(0.12, call.topScore);
    assertEquals(0.34, call.bottomScore);
    assertEquals("distance", call.scoreKind);
  }

  @Test
  void chromaV1QueryPathIsDetected() {
    assertEquals("chroma", detector.detect("localhost", 8000, "/api/v1/collections/abc/query").providerName());
  }

  @Test
  void elasticsearchKnnSearchReadsKFilterAndHits() {
    RetrievalCall call = read("es.internal", "/docs-v2/_search",
        "{\"knn\":{\"field\":\"embedding\",\"query_vector\":[0.1],\"k\":5,\"num_candidates\":50,"
            + "\"filter\":{\"term\":{\"lang\":\"en\"}}}}",
        "{\"took\":3,\"hits\":{\"total\":{\"value\":2},\"max_score\":0.9,"
            + "\"hits\":[{\"_id\":\"1\",\"_score\":0.9},{\"_id\":\"2\",\"_score\":0.7}]}}");

    assertEquals("docs-v2", call.collection);
    assertEquals(5L, call.requestedTopK);
    assertEquals(true, call.filtered);
    assertEquals(2, call.hits);
    assertEquals(0.9, call.topScore);
    assertEquals(0.7, call.bottomScore);
  }

  @Test
  void elasticsearchSearchWithoutKnnIsNoRetrieval() {
    RetrievalCall call = read("es.internal", "/logs/_search", "{\"query\":{\"match_all\":{}}}", null);

    assertTrue(call.notRetrieval);
  }

  @Test
  void openSearchKnnQueryOnAmazonHostIsOpenSearch() {
    LlmEndpoint endpoint = detector.detect("search-x.eu-west-1.es.amazonaws.com", 443, "/idx/_search");
    RetrievalFormat format = (RetrievalFormat) endpoint.format();
    RetrievalCall call = new RetrievalCall();
    format.store().read(format, json("{\"size\":3,\"query\":{\"knn\":{\"vec\":{\"vector\":[0.1],\"k\":3}}}}"),
        json("{\"hits\":{\"hits\":[]}}"), call);

    assertEquals("opensearch", endpoint.providerName());
    assertEquals(3L, call.requestedTopK);
    assertEquals(0, call.hits);
    assertNull(call.topScore);
  }

  @Test
  void elasticsearchErrorBodyGivesTheErrorTypeAndNoHits() {
    RetrievalCall call = read("es.internal", "/docs/_search", "{\"knn\":{\"field\":\"e\",\"k\":2}}",
        "{\"error\":{\"type\":\"index_not_found_exception\",\"reason\":\"no such index\"},\"status\":404}");

    assertEquals("index_not_found_exception", call.storeErrorType);
    assertNull(call.hits);
  }

  @Test
  void milvusSearchReadsCollectionLimitFilterAndDistances() {
    RetrievalCall call = read("milvus.local", "/v2/vectordb/entities/search",
        "{\"collectionName\":\"kb\",\"data\":[[0.1]],\"annsField\":\"v\",\"limit\":3,\"filter\":\"lang == 'en'\"}",
        "{\"code\":0,\"cost\":0,\"data\":[{\"id\":1,\"distance\":0.95},{\"id\":2,\"distance\":0.55}]}");

    assertEquals("kb", call.collection);
    assertEquals(3L, call.requestedTopK);
    assertEquals(true, call.filtered);
    assertEquals(2, call.hits);
    assertEquals(0.95, call.topScore);
  }

  @Test
  void milvusNonZeroCodeIsAStoreError() {
    RetrievalCall call = read("milvus.local", "/v2/vectordb/entities/search", "{\"collectionName\":\"kb\"}",
        "{\"code\":1100,\"message\":\"collection not found\"}");

    assertEquals("1100", call.storeErrorType);
    assertNull(call.hits);
  }

  @Test
  void unknownAnswerShapeLeavesHitsUnknown() {
    RetrievalCall call = read("qdrant.internal", "/collections/docs/points/search", "{\"limit\":3}",
        "{\"surprise\":true}");

    assertNull(call.hits);
    assertNull(call.topScore);
  }

  @Test
  void ordinaryPathsAreNotVectorStores() {
    for (String path : List.of("/v1/chat/completions", "/collections/docs", "/api/v1/collections", "/query/x",
        "/a/b/_search", "/v1/objects")) {
      assertNull(detector.detect("localhost", 80, path), path);
    }
  }

  @Test
  void unknownStoreInTheSettingFailsNamingTheKey() {
    try {
      UpstreamSettings.from(key -> UpstreamSettings.VECTOR_STORE_ENDPOINTS.equals(key) ? "faiss=host:1" : null);
      throw new AssertionError("accepted an unknown store");
    } catch (io.driftwatch.genai.config.ConfigException e) {
      assertTrue(e.getMessage().contains(UpstreamSettings.VECTOR_STORE_ENDPOINTS), e.getMessage());
    }
  }
}

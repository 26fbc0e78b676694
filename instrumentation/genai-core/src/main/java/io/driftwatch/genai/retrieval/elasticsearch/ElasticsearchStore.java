package io.driftwatch.genai.retrieval.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.HostNames;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.retrieval.RetrievalCall;
import io.driftwatch.genai.retrieval.RetrievalFormat;
import io.driftwatch.genai.retrieval.StoreJson;
import io.driftwatch.genai.retrieval.VectorStore;

/**
 * Elasticsearch and OpenSearch {@code POST /{index}/_search}: only a search whose body asks for
 * nearest neighbours is a retrieval: Elasticsearch's top-level {@code knn} (or a {@code knn} query),
 * OpenSearch's {@code query.knn.{field}}. Other searches are left alone. Scores are similarities.
 * Which of the two answers is told by the host (Amazon OpenSearch) or the retrieval endpoints setting.
 */
public final class ElasticsearchStore implements VectorStore {

  private static final String SEARCH = "/_search";

  private final String name;

  public ElasticsearchStore(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  /** Amazon's managed OpenSearch hosts. */
  public static boolean isOpenSearchHost(String host) {
    return HostNames.endsWith(host, ".es.amazonaws.com") || HostNames.endsWith(host, ".aoss.amazonaws.com");
  }

  @Override
  public RetrievalFormat formatOf(String host, String path) {
    if (!path.endsWith(SEARCH)) {
      return null;
    }
    int end = path.length() - SEARCH.length();
    String index = end <= 1 ? null : path.substring(1, end);
    if (index != null && index.indexOf('/') >= 0) {
      return null;
    }
    return new RetrievalFormat(this, "search", index);
  }

  @Override
  public void read(RetrievalFormat format, JsonNode request, JsonNode response, RetrievalCall call) {
    call.collection = format.pathCollection();
    JsonNode knn = request == null ? null : knnOf(request);
    if (knn == null) {
      call.notRetrieval = true;
      return;
    }
    Long k = StoreJson.positive(knn, "k");
    call.requestedTopK = k != null ? k : StoreJson.positive(request, "size");
    call.filtered = StoreJson.present(knn, "filter") || StoreJson.present(request, "post_filter");
    if (response == null) {
      return;
    }
    JsonNode error = Json.object(response, "error");
    if (error != null) {
      call.storeErrorType = Json.text(error, "type");
      return;
    }
    JsonNode hits = Json.object(response, "hits");
    StoreJson.rankedHits(hits == null ? null : hits.get("hits"), "_score", StoreJson.SIMILARITY, call);
  }

  /** The kNN clause, in any of the three places the two stores put it, or null. */
  private static JsonNode knnOf(JsonNode request) {
    JsonNode top = request.get("knn");
    if (top != null && top.isArray() && !top.isEmpty()) {
      top = top.get(0);
    }
    if (top != null && top.isObject()) {
      return top;
    }
    JsonNode query = Json.object(request, "query");
    JsonNode knn = query == null ? null : Json.object(query, "knn");
    if (knn == null) {
      return null;
    }
    if (knn.has("k") || knn.has("query_vector") || knn.has("field")) {
      return knn; // Elasticsearch's knn query
    }
    JsonNode byField = knn.elements().hasNext() ? knn.elements().next() : null;
    return byField != null && byField.isObject() ? byField : null; // OpenSearch: knn.{field}
  }
}

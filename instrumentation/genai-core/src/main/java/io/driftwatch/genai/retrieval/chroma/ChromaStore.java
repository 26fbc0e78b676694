package io.driftwatch.genai.retrieval.chroma;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.retrieval.RetrievalCall;
import io.driftwatch.genai.retrieval.RetrievalFormat;
import io.driftwatch.genai.retrieval.StoreJson;
import io.driftwatch.genai.retrieval.VectorStore;

/**
 * Chroma: {@code POST /api/v1/collections/{id}/query} and
 * {@code POST /api/v2/tenants/{t}/databases/{d}/collections/{id}/query}. Answers hold one list per
 * query embedding; the first query's list is read. Its scores are distances (lower is closer).
 */
public final class ChromaStore implements VectorStore {

  private static final String V1 = "/api/v1/";
  private static final String V2 = "/api/v2/";
  private static final String COLLECTIONS = "/collections/";
  private static final String QUERY = "/query";

  @Override
  public String name() {
    return "chroma";
  }

  @Override
  public RetrievalFormat formatOf(String host, String path) {
    if (!(path.startsWith(V1) || path.startsWith(V2)) || !path.endsWith(QUERY)) {
      return null;
    }
    String collection = StoreJson.segmentAfter(path, COLLECTIONS);
    return collection == null ? null : new RetrievalFormat(this, "query", collection);
  }

  @Override
  public void read(RetrievalFormat format, JsonNode request, JsonNode response, RetrievalCall call) {
    call.collection = format.pathCollection();
    if (request != null) {
      call.requestedTopK = StoreJson.positive(request, "n_results");
      call.filtered = StoreJson.present(request, "where") || StoreJson.present(request, "where_document");
    }
    if (response == null) {
      return;
    }
    JsonNode ids = firstList(response.get("ids"));
    JsonNode distances = firstList(response.get("distances"));
    if (distances != null && (ids == null || ids.size() == distances.size())) {
      StoreJson.rankedNumbers(distances, StoreJson.DISTANCE, call);
    } else if (ids != null) {
      call.hits = ids.size();
    }
    if (call.hits == null && response.get("error") != null) {
      call.storeErrorType = response.get("error").asText();
    }
  }

  private static JsonNode firstList(JsonNode lists) {
    if (lists == null || !lists.isArray()) {
      return null;
    }
    if (lists.isEmpty()) {
      return lists;
    }
    return lists.get(0).isArray() ? lists.get(0) : null;
  }
}

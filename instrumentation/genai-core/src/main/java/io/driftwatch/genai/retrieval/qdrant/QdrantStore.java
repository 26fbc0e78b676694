package io.driftwatch.genai.retrieval.qdrant;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.retrieval.RetrievalCall;
import io.driftwatch.genai.retrieval.RetrievalFormat;
import io.driftwatch.genai.retrieval.StoreJson;
import io.driftwatch.genai.retrieval.VectorStore;

/**
 * Qdrant's REST API: {@code POST /collections/{c}/points/search} (hits in {@code result}) and
 * {@code POST /collections/{c}/points/query} (hits in {@code result.points}); scores are similarities.
 */
public final class QdrantStore implements VectorStore {

  private static final String PREFIX = "/collections/";
  private static final String SEARCH = "/points/search";
  private static final String QUERY = "/points/query";

  @Override
  public String name() {
    return "qdrant";
  }

  @Override
  public RetrievalFormat formatOf(String host, String path) {
    if (!path.startsWith(PREFIX)) {
      return null;
    }
    String operation = path.endsWith(SEARCH) ? "search" : path.endsWith(QUERY) ? "query" : null;
    if (operation == null) {
      return null;
    }
    int end = path.length() - (operation.equals("search") ? SEARCH.length() : QUERY.length());
    String collection = path.substring(PREFIX.length(), end);
    return collection.isEmpty() || collection.indexOf('/') >= 0 ? null : new RetrievalFormat(this, operation, collection);
  }

  @Override
  public void read(RetrievalFormat format, JsonNode request, JsonNode response, RetrievalCall call) {
    call.collection = format.pathCollection();
    if (request != null) {
      call.requestedTopK = StoreJson.positive(request, "limit");
      if (call.requestedTopK == null) {
        call.requestedTopK = StoreJson.positive(request, "top");
      }
      call.filtered = StoreJson.present(request, "filter");
    }
    if (response == null) {
      return;
    }
    JsonNode status = response.get("status");
    if (status != null && status.isObject()) {
      call.storeErrorType = "error";
    }
    JsonNode result = response.get("result");
    JsonNode hits = result != null && result.isObject() ? result.get("points") : result;
    StoreJson.rankedHits(hits, "score", StoreJson.SIMILARITY, call);
    if (call.storeErrorType == null && Json.text(response, "status") != null
        && !"ok".equals(Json.text(response, "status"))) {
      call.storeErrorType = Json.text(response, "status");
    }
  }
}

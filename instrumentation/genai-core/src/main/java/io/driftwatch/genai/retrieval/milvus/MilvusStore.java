package io.driftwatch.genai.retrieval.milvus;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.retrieval.RetrievalCall;
import io.driftwatch.genai.retrieval.RetrievalFormat;
import io.driftwatch.genai.retrieval.StoreJson;
import io.driftwatch.genai.retrieval.VectorStore;

/**
 * Milvus REST v2: {@code POST /v2/vectordb/entities/search} and {@code …/hybrid_search}. Errors come
 * back as HTTP 200 with a non-zero {@code code}. Milvus calls every score {@code distance}; for the
 * COSINE and IP metrics it is a similarity, which is what its own ranking treats it as.
 */
public final class MilvusStore implements VectorStore {

  private static final String SEARCH = "/v2/vectordb/entities/search";
  private static final String HYBRID_SEARCH = "/v2/vectordb/entities/hybrid_search";

  @Override
  public String name() {
    return "milvus";
  }

  @Override
  public RetrievalFormat formatOf(String host, String path) {
    if (path.endsWith(SEARCH)) {
      return new RetrievalFormat(this, "search", null);
    }
    return path.endsWith(HYBRID_SEARCH) ? new RetrievalFormat(this, "hybrid_search", null) : null;
  }

  @Override
  public void read(RetrievalFormat format, JsonNode request, JsonNode response, RetrievalCall call) {
    if (request != null) {
      call.collection = Json.text(request, "collectionName");
      call.requestedTopK = StoreJson.positive(request, "limit");
      if (call.requestedTopK == null) {
        call.requestedTopK = StoreJson.positive(request, "topK");
      }
      call.filtered = StoreJson.present(request, "filter");
    }
    if (response == null) {
      return;
    }
    Long code = Json.whole(response, "code");
    if (code != null && code != 0) {
      call.storeErrorType = Long.toString(code);
      return;
    }
    StoreJson.rankedHits(response.get("data"), "distance", StoreJson.SIMILARITY, call);
  }
}

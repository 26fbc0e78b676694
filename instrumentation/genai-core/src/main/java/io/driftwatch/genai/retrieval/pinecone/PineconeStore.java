package io.driftwatch.genai.retrieval.pinecone;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.HostNames;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.retrieval.RetrievalCall;
import io.driftwatch.genai.retrieval.RetrievalFormat;
import io.driftwatch.genai.retrieval.StoreJson;
import io.driftwatch.genai.retrieval.VectorStore;

/**
 * Pinecone's data plane: {@code POST /query} on an index host ({@code {index}-{project}.svc.….pinecone.io},
 * or one named in the retrieval endpoints setting). {@code /query} is too common a path to claim
 * on other hosts. The index is the host's first label without its project suffix.
 */
public final class PineconeStore implements VectorStore {

  private static final String PATH = "/query";
  private static final String CLOUD_SUFFIX = ".pinecone.io";

  @Override
  public String name() {
    return "pinecone";
  }

  @Override
  public RetrievalFormat formatOf(String host, String path) {
    return PATH.equals(path) ? new RetrievalFormat(this, "query", indexOf(host)) : null;
  }

  /** Whether the host is Pinecone's cloud: the detector asks before claiming {@code /query}. */
  public static boolean isCloudHost(String host) {
    return HostNames.endsWith(host, CLOUD_SUFFIX);
  }

  private static String indexOf(String host) {
    if (!isCloudHost(host)) {
      return null;
    }
    int dot = host.indexOf('.');
    String label = dot < 0 ? host : host.substring(0, dot);
    int dash = label.lastIndexOf('-');
    return dash > 0 ? label.substring(0, dash) : label;
  }

  @Override
  public void read(RetrievalFormat format, JsonNode request, JsonNode response, RetrievalCall call) {
    call.collection = format.pathCollection();
    if (request != null) {
      call.requestedTopK = StoreJson.positive(request, "topK");
      call.filtered = StoreJson.present(request, "filter");
      if (call.collection == null) {
        call.collection = Json.text(request, "namespace");
      }
    }
    if (response != null) {
      StoreJson.rankedHits(response.get("matches"), "score", StoreJson.SIMILARITY, call);
      if (call.hits == null && response.get("code") != null) {
        call.storeErrorType = response.get("code").asText();
      }
    }
  }
}

package io.driftwatch.genai.retrieval.weaviate;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.retrieval.RetrievalCall;
import io.driftwatch.genai.retrieval.RetrievalFormat;
import io.driftwatch.genai.retrieval.StoreJson;
import io.driftwatch.genai.retrieval.VectorStore;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weaviate's {@code POST /v1/graphql}: a {@code Get} query with {@code nearVector}, {@code nearText},
 * {@code nearObject} or {@code hybrid} is a retrieval; other GraphQL is left alone. Only the class
 * name, {@code limit} and whether a {@code where} filter is present are read from the query text.
 * Scores are {@code _additional.certainty} (similarity) when asked for, else {@code distance}.
 */
public final class WeaviateStore implements VectorStore {

  private static final String PATH = "/v1/graphql";
  private static final Pattern CLASS = Pattern.compile("Get\\s*\\{\\s*([A-Za-z_][A-Za-z0-9_]{0,127})\\s*\\(");
  private static final Pattern SEARCH = Pattern.compile("\\b(nearVector|nearText|nearObject|hybrid)\\s*:");
  private static final Pattern LIMIT = Pattern.compile("\\blimit\\s*:\\s*(\\d{1,9})");
  private static final Pattern WHERE = Pattern.compile("\\bwhere\\s*:");
  /** The query text read; longer ones are cut here (the vector literal is what makes them long). */
  private static final int MAX_QUERY_CHARS = 64 * 1024;

  @Override
  public String name() {
    return "weaviate";
  }

  @Override
  public RetrievalFormat formatOf(String host, String path) {
    return path.endsWith(PATH) ? new RetrievalFormat(this, "Get", null) : null;
  }

  @Override
  public void read(RetrievalFormat format, JsonNode request, JsonNode response, RetrievalCall call) {
    String query = request == null ? null : Json.text(request, "query");
    if (query == null) {
      call.notRetrieval = true;
      return;
    }
    CharSequence text = query.length() > MAX_QUERY_CHARS ? query.subSequence(0, MAX_QUERY_CHARS) : query;
    if (!SEARCH.matcher(text).find()) {
      call.notRetrieval = true;
      return;
    }
    Matcher className = CLASS.matcher(text);
    if (className.find()) {
      call.collection = className.group(1);
    }
    Matcher limit = LIMIT.matcher(text);
    if (limit.find()) {
      call.requestedTopK = Long.parseLong(limit.group(1));
    }
    call.filtered = WHERE.matcher(text).find();
    if (response != null) {
      readHits(response, call);
    }
  }

  private static void readHits(JsonNode response, RetrievalCall call) {
    JsonNode errors = response.get("errors");
    JsonNode data = Json.object(response, "data");
    JsonNode get = data == null ? null : Json.object(data, "Get");
    if (get == null) {
      if (errors != null && errors.isArray() && !errors.isEmpty()) {
        call.storeErrorType = "graphql_error";
      }
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> classes = get.fields();
    JsonNode hits = null;
    while (classes.hasNext()) {
      Map.Entry<String, JsonNode> entry = classes.next();
      if (call.collection == null || call.collection.equals(entry.getKey())) {
        hits = entry.getValue();
        break;
      }
    }
    if (hits == null || !hits.isArray()) {
      return;
    }
    int count = hits.size();
    call.hits = count;
    if (count == 0) {
      call.ranked(0, 0, 0, StoreJson.SIMILARITY);
      return;
    }
    String field = additional(hits.get(0), "certainty") != null ? "certainty" : "distance";
    Double first = additional(hits.get(0), field);
    Double last = additional(hits.get(count - 1), field);
    if (first != null && last != null) {
      call.ranked(count, first, last, field.equals("certainty") ? StoreJson.SIMILARITY : StoreJson.DISTANCE);
    }
  }

  private static Double additional(JsonNode hit, String field) {
    JsonNode extra = hit == null || !hit.isObject() ? null : Json.object(hit, "_additional");
    return extra == null ? null : Json.decimal(extra, field);
  }
}

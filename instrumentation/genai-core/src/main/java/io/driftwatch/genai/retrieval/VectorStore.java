package io.driftwatch.genai.retrieval;

import com.fasterxml.jackson.databind.JsonNode;

/** What one vector store's HTTP API means: which paths query it, and how to read a query and its hits. */
public interface VectorStore {

  /** The store's name: {@code db.system.name} and {@code gen_ai.provider.name} of its spans. */
  String name();

  /**
   * The query a request path names, or null. Runs on the application thread for every request
   * that reaches the retrieval detector: compare strings, allocate only for a match.
   */
  RetrievalFormat formatOf(String host, String path);

  /**
   * Reads what the request asked (top-k, filter, collection) and what came back (hits, scores).
   * Either body may be null. Fields whose shape is not the expected one stay null.
   */
  void read(RetrievalFormat format, JsonNode request, JsonNode response, RetrievalCall call);
}

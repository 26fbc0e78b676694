package io.driftwatch.genai.retrieval;

/**
 * What a vector-store query asked and returned, filled by its store's reader on the analyzer's
 * thread. Never holds vectors, documents or payloads: only counts, scores and names.
 */
public final class RetrievalCall {

  /** The request was not a similarity query (a plain {@code _search}, a GraphQL query without near*). */
  public boolean notRetrieval;
  public String collection;
  public Long requestedTopK;
  public Boolean filtered;
  /** Hits returned; null when the response had no list of hits we know. */
  public Integer hits;
  /** similarity or distance: which way a better hit moves the score. */
  public String scoreKind;
  public Double topScore;
  public Double bottomScore;
  /** The store's own error code from an error body, e.g. a Milvus code or an Elasticsearch error type. */
  public String storeErrorType;

  /** Folds a ranked list of hit scores: the first is the best-ranked, the last the worst returned. */
  public void ranked(int count, double first, double last, String kind) {
    hits = count;
    if (count > 0) {
      topScore = first;
      bottomScore = last;
      scoreKind = kind;
    }
  }
}

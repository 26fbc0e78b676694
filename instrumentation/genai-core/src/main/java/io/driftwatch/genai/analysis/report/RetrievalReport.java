package io.driftwatch.genai.analysis.report;

/**
 * One vector-store query as the analysis concluded it: plain values, no vectors, documents or
 * payloads. Absent values are null.
 *
 * @param store {@code qdrant}, {@code pinecone}, {@code weaviate}, {@code chroma}, {@code elasticsearch},
 *     {@code opensearch} or {@code milvus}
 * @param operation the store's own name for the call, e.g. {@code search}
 * @param scoreKind {@code similarity} (higher is closer) or {@code distance} (lower is closer)
 * @param topScore the best-ranked hit's score; {@code bottomScore} the worst-ranked returned
 * @param errorType the exception class, the HTTP status, or the store's error code, when the query failed
 * @param analysisSkipped why the answer was not read (not_json, too_large, unknown_shape, …), else null
 */
public record RetrievalReport(String store, String operation, String collection, String serverAddress, int serverPort,
    String traceparent, long startEpochNanos, long endEpochNanos, double durationSeconds, Long requestedTopK,
    Boolean filtered, Integer hits, String scoreKind, Double topScore, Double bottomScore, int statusCode,
    String errorType, String responseOutcome, String analysisSkipped) {

  /** The GenAI conventions' operation for a vector-store query. */
  public static final String OPERATION_NAME = "retrieval";
}

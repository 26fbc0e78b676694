package io.driftwatch.genai.retrieval;

import io.driftwatch.genai.exchange.ApiFormat;

/**
 * A vector-store query the detector recognised from host and path alone.
 *
 * @param operation the store's own name for the call ({@code db.operation.name}), e.g. {@code search}
 * @param pathCollection the collection or index the path names, or null when only the body names it
 */
public record RetrievalFormat(VectorStore store, String operation, String pathCollection) implements ApiFormat {

  public static final String OPERATION_NAME = "retrieval";

  @Override
  public String operationName() {
    return OPERATION_NAME;
  }
}

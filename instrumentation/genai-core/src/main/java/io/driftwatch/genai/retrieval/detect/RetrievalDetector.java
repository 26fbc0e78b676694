package io.driftwatch.genai.retrieval.detect;

import io.driftwatch.genai.config.EndpointRule;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.retrieval.RetrievalFormat;
import io.driftwatch.genai.retrieval.VectorStore;
import io.driftwatch.genai.retrieval.chroma.ChromaStore;
import io.driftwatch.genai.retrieval.elasticsearch.ElasticsearchStore;
import io.driftwatch.genai.retrieval.milvus.MilvusStore;
import io.driftwatch.genai.retrieval.pinecone.PineconeStore;
import io.driftwatch.genai.retrieval.qdrant.QdrantStore;
import io.driftwatch.genai.retrieval.weaviate.WeaviateStore;
import java.util.List;

/**
 * Decides from host and path whether a request queries a vector store, and which. Paths are
 * distinctive for all but Pinecone's {@code /query}, claimed only on Pinecone's hosts or a host the
 * retrieval endpoints setting names. Compares strings only; allocates for matches alone.
 */
public final class RetrievalDetector {

  private static final VectorStore PINECONE = new PineconeStore();
  private static final VectorStore OPENSEARCH = new ElasticsearchStore("opensearch");
  /** Every store recognised by path alone, one line each. */
  private static final VectorStore[] BY_PATH = {
      new QdrantStore(),
      new ChromaStore(),
      new MilvusStore(),
      new WeaviateStore(),
      new ElasticsearchStore("elasticsearch"),
  };

  private final List<EndpointRule> configured;

  public RetrievalDetector(List<EndpointRule> configured) {
    this.configured = List.copyOf(configured);
  }

  /** @return the endpoint, or null when the request is no vector-store query we know */
  public LlmEndpoint detect(String host, int port, String path) {
    for (EndpointRule rule : configured) {
      if (rule.matches(host, port, path)) {
        VectorStore store = byName(rule.providerName());
        return store == null ? null : endpoint(store.formatOf(host, path));
      }
    }
    if (PineconeStore.isCloudHost(host)) {
      return endpoint(PINECONE.formatOf(host, path));
    }
    for (VectorStore store : BY_PATH) {
      RetrievalFormat format = store.formatOf(host, path);
      if (format != null) {
        if (store instanceof ElasticsearchStore && ElasticsearchStore.isOpenSearchHost(host)) {
          format = OPENSEARCH.formatOf(host, path);
        }
        return endpoint(format);
      }
    }
    return null;
  }

  private static VectorStore byName(String name) {
    if (PINECONE.name().equals(name)) {
      return PINECONE;
    }
    if (OPENSEARCH.name().equals(name)) {
      return OPENSEARCH;
    }
    for (VectorStore store : BY_PATH) {
      if (store.name().equals(name)) {
        return store;
      }
    }
    return null;
  }

  private static LlmEndpoint endpoint(RetrievalFormat format) {
    return format == null ? null : new LlmEndpoint(format.store().name(), format);
  }
}

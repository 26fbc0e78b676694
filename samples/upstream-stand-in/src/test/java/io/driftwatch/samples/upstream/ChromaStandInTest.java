package io.driftwatch.samples.upstream;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.chroma.ChromaApiVersion;
import dev.langchain4j.store.embedding.chroma.ChromaEmbeddingStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LangChain4j's Chroma store, unchanged, against the stand-in: what it writes it finds again. */
class ChromaStandInTest {

  private static final Embedding NORTH = Embedding.from(new float[] {1, 0, 0});
  private static final Embedding NORTH_EAST = Embedding.from(new float[] {0.8f, 0.6f, 0});
  private static final Embedding EAST = Embedding.from(new float[] {0, 1, 0});

  @Test
  void theStoreFindsTheNearestChunksWithinItsFilterAndAPartBuiltIndexFewer() {
    try (ChromaStandIn chroma = ChromaStandIn.start()) {
      ChromaEmbeddingStore store = ChromaEmbeddingStore.builder().apiVersion(ChromaApiVersion.V2)
          .baseUrl(chroma.baseUrl()).collectionName("articles").build();
      store.addAll(List.of(NORTH, NORTH_EAST, EAST), List.of(
          TextSegment.from("north", Metadata.from(Map.of("kind", "paragraph"))),
          TextSegment.from("north-east", Metadata.from(Map.of("kind", "paragraph"))),
          TextSegment.from("north, whole", Metadata.from(Map.of("kind", "article")))));

      List<EmbeddingMatch<TextSegment>> fresh = store.search(EmbeddingSearchRequest.builder()
          .queryEmbedding(NORTH).maxResults(2).filter(metadataKey("kind").isEqualTo("paragraph")).build()).matches();
      assertEquals(List.of("north", "north-east"), fresh.stream().map(m -> m.embedded().text()).toList());
      assertEquals(1.0, fresh.get(0).score(), 1e-6, "distance 0 is LangChain4j's score 1");

      chroma.loseShareOfIndex(1);
      assertTrue(store.search(EmbeddingSearchRequest.builder().queryEmbedding(NORTH).maxResults(2).build())
          .matches().isEmpty());
      chroma.loseShareOfIndex(0);
      assertEquals(3, store.search(EmbeddingSearchRequest.builder().queryEmbedding(EAST).maxResults(5).build())
          .matches().size());
      assertEquals(3, chroma.queries());
    }
  }
}

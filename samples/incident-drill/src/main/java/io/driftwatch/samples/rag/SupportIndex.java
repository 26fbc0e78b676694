package io.driftwatch.samples.rag;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;
import io.driftwatch.samples.support.RetrievalDepth;
import io.driftwatch.samples.support.SupportArticles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The support articles in an embedding store (Chroma, or in memory), indexed twice: paragraph by paragraph
 * (what retrieval should return) and whole articles (what a mis-set retrieval returns). The known
 * customer questions are embedded once at start-up too, so each answered question costs exactly one
 * chat call.
 */
final class SupportIndex {

  private static final String GRANULARITY = "granularity";

  private final EmbeddingStore<TextSegment> store;
  private final Map<String, Embedding> questionEmbeddings = new HashMap<>();
  private final int segmentCount;

  SupportIndex(EmbeddingStore<TextSegment> store, EmbeddingModel embeddings, List<String> knownQuestions) {
    this.store = store;
    List<TextSegment> segments = new ArrayList<>();
    for (SupportArticles.Article article : SupportArticles.ALL) {
      for (String paragraph : article.paragraphs()) {
        segments.add(TextSegment.from(paragraph, metadata(article, RetrievalDepth.PARAGRAPHS)));
      }
      segments.add(TextSegment.from(article.wholeText(), metadata(article, RetrievalDepth.ARTICLES)));
    }
    List<TextSegment> toEmbed = new ArrayList<>(segments);
    knownQuestions.forEach(question -> toEmbed.add(TextSegment.from(question)));
    List<Embedding> vectors = embeddings.embedAll(toEmbed).content();
    store.addAll(vectors.subList(0, segments.size()), segments);
    for (int i = 0; i < knownQuestions.size(); i++) {
      questionEmbeddings.put(knownQuestions.get(i), vectors.get(segments.size() + i));
    }
    this.segmentCount = segments.size();
  }

  int segmentCount() {
    return segmentCount;
  }

  /** The chunks to put in front of the model for this question. */
  List<String> retrieve(String question, RetrievalDepth depth) {
    Embedding query = questionEmbeddings.get(question);
    if (query == null) {
      throw new IllegalArgumentException("question was not embedded at start-up: " + question);
    }
    EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
        .queryEmbedding(query)
        .maxResults(depth.maxResults())
        .filter(metadataKey(GRANULARITY).isEqualTo(depth.flagVariant()))
        .build();
    return store.search(request).matches().stream()
        .map(EmbeddingMatch::embedded)
        .map(TextSegment::text)
        .toList();
  }

  private static Metadata metadata(SupportArticles.Article article, RetrievalDepth depth) {
    return Metadata.from(Map.of("title", article.title(), GRANULARITY, depth.flagVariant()));
  }
}

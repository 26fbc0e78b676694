package io.driftwatch.samples.springai;

import io.driftwatch.samples.support.RetrievalDepth;
import io.driftwatch.samples.support.SupportArticles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.vectorstore.SearchRequest;
import org.springframework.ai.vectorstore.SimpleVectorStore;

/**
 * The support articles in Spring AI's in-memory {@link SimpleVectorStore}, indexed paragraph by
 * paragraph and as whole articles; the retrieval depth chooses which by a metadata filter.
 */
final class SpringAiSupportIndex {

  private static final String GRANULARITY = "granularity";

  private final SimpleVectorStore store;
  private final int documentCount;

  SpringAiSupportIndex(EmbeddingModel embeddings) {
    List<Document> documents = new ArrayList<>();
    for (SupportArticles.Article article : SupportArticles.ALL) {
      for (String paragraph : article.paragraphs()) {
        documents.add(document(paragraph, article, RetrievalDepth.PARAGRAPHS));
      }
      documents.add(document(article.wholeText(), article, RetrievalDepth.ARTICLES));
    }
    store = SimpleVectorStore.builder(embeddings).build();
    store.add(documents);
    documentCount = documents.size();
  }

  int documentCount() {
    return documentCount;
  }

  List<String> retrieve(String question, RetrievalDepth depth) {
    SearchRequest request = SearchRequest.builder()
        .query(question)
        .topK(depth.maxResults())
        .similarityThresholdAll()
        .filterExpression(GRANULARITY + " == '" + depth.flagVariant() + "'")
        .build();
    return store.similaritySearch(request).stream().map(Document::getText).toList();
  }

  private static Document document(String text, SupportArticles.Article article, RetrievalDepth depth) {
    return new Document(text, Map.of("title", article.title(), GRANULARITY, depth.flagVariant()));
  }
}

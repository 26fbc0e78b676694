package io.driftwatch.samples.springai;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

/**
 * An embedding model that remembers the vectors of the known customer questions, embedded in one
 * batch at start-up, so that a similarity search for one of them costs no embedding call. Anything
 * else goes to the real model.
 */
final class QuestionEmbeddingCache implements EmbeddingModel {

  private final EmbeddingModel model;
  private final Map<String, float[]> byText = new HashMap<>();

  QuestionEmbeddingCache(EmbeddingModel model, List<String> questions) {
    this.model = model;
    List<float[]> vectors = model.embed(questions);
    for (int i = 0; i < questions.size(); i++) {
      byText.put(questions.get(i), vectors.get(i));
    }
  }

  @Override
  public float[] embed(String text) {
    float[] cached = byText.get(text);
    return cached != null ? cached : model.embed(text);
  }

  @Override
  public float[] embed(Document document) {
    return model.embed(document);
  }

  @Override
  public EmbeddingResponse call(EmbeddingRequest request) {
    return model.call(request);
  }

  @Override
  public int dimensions() {
    return model.dimensions();
  }
}

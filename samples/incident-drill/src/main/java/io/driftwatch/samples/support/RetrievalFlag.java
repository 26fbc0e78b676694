package io.driftwatch.samples.support;

import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.OpenFeatureAPI;
import dev.openfeature.sdk.providers.memory.Flag;
import dev.openfeature.sdk.providers.memory.InMemoryProvider;
import java.util.Map;

/**
 * The OpenFeature flag {@code retrieval-depth} that chooses how much context retrieval returns. An
 * in-memory provider stands in for a flag service; flipping it is what "retrieval degraded" does.
 */
public final class RetrievalFlag {

  public static final String KEY = "retrieval-depth";

  private final InMemoryProvider provider;
  private final Client client;

  public RetrievalFlag() {
    provider = new InMemoryProvider(Map.of(KEY, flag(RetrievalDepth.PARAGRAPHS)));
    OpenFeatureAPI api = OpenFeatureAPI.getInstance();
    api.setProviderAndWait(provider);
    client = api.getClient("rag-support-app");
  }

  /** Evaluated once per question, on the thread that then calls the model. */
  public RetrievalDepth evaluate() {
    return RetrievalDepth.ofVariant(client.getStringValue(KEY, RetrievalDepth.PARAGRAPHS.flagVariant()));
  }

  public void set(RetrievalDepth depth) {
    provider.updateFlag(KEY, flag(depth));
  }

  private static Flag<String> flag(RetrievalDepth defaultVariant) {
    Flag.FlagBuilder<String> builder = Flag.builder();
    for (RetrievalDepth depth : RetrievalDepth.values()) {
      builder.variant(depth.flagVariant(), depth.flagVariant());
    }
    return builder.defaultVariant(defaultVariant.flagVariant()).build();
  }
}

package io.driftwatch.samples.support;

/** How much context retrieval hands the model; the flag variant names the indexed granularity. */
public enum RetrievalDepth {
  /** The intended setting: the few best paragraphs. */
  PARAGRAPHS("paragraphs", 3),
  /** The degraded setting: many whole articles, so every prompt grows several times over. */
  ARTICLES("articles", 6);

  private final String flagVariant;
  private final int maxResults;

  RetrievalDepth(String flagVariant, int maxResults) {
    this.flagVariant = flagVariant;
    this.maxResults = maxResults;
  }

  public String flagVariant() {
    return flagVariant;
  }

  public int maxResults() {
    return maxResults;
  }

  public static RetrievalDepth ofVariant(String variant) {
    for (RetrievalDepth depth : values()) {
      if (depth.flagVariant.equals(variant)) {
        return depth;
      }
    }
    return PARAGRAPHS;
  }
}

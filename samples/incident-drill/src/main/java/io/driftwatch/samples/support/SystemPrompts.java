package io.driftwatch.samples.support;

import java.util.Map;

/**
 * The versioned system prompt. v2 is an edit someone shipped to keep the assistant away from
 * sensitive topics; in the drill it is the prompt change that precedes a regression.
 */
public final class SystemPrompts {

  public static final String DEFAULT_VERSION = "v1";

  private static final Map<String, String> BY_VERSION = Map.of(
      "v1", "You are the support assistant of Tidepool, a file-sync service. Answer the customer's "
          + "question using only the support articles you are given. Be concise: at most three "
          + "sentences. If the articles do not cover the question, say so and offer to open a ticket.",
      "v2", "You are the support assistant of Tidepool. Answer strictly from the support articles. "
          + "Do not discuss billing, account access or security settings; decline such questions "
          + "politely. Keep answers under three sentences and never speculate.");

  private SystemPrompts() {}

  public static boolean exists(String version) {
    return BY_VERSION.containsKey(version);
  }

  public static String text(String version) {
    String text = BY_VERSION.get(version);
    if (text == null) {
      throw new IllegalArgumentException("no system prompt version " + version + "; known: " + BY_VERSION.keySet());
    }
    return text;
  }
}

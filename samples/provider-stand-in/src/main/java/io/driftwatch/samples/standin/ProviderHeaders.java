package io.driftwatch.samples.standin;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The response headers each provider sends with a successful answer. */
final class ProviderHeaders {

  private static final int REQUESTS_PER_MINUTE = 10_000;
  private static final int TOKENS_PER_MINUTE = 2_000_000;

  private ProviderHeaders() {}

  static Map<String, String> openAi(Answer answer) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("x-request-id", "req_standin_" + answer.sequence());
    headers.put("openai-organization", "org-standin");
    headers.put("openai-processing-ms", "7");
    headers.put("openai-version", "2020-10-01");
    headers.put("x-ratelimit-limit-requests", String.valueOf(REQUESTS_PER_MINUTE));
    headers.put("x-ratelimit-remaining-requests", String.valueOf(REQUESTS_PER_MINUTE - 1));
    headers.put("x-ratelimit-limit-tokens", String.valueOf(TOKENS_PER_MINUTE));
    headers.put("x-ratelimit-remaining-tokens",
        String.valueOf(TOKENS_PER_MINUTE - answer.totalTokens()));
    headers.put("x-ratelimit-reset-requests", "6ms");
    headers.put("x-ratelimit-reset-tokens", "0s");
    return headers;
  }

  static Map<String, String> anthropic(Answer answer) {
    String reset = Instant.ofEpochSecond(answer.createdEpochSeconds() + 60).toString();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("request-id", "req_standin_" + answer.sequence());
    headers.put("anthropic-organization-id", "00000000-0000-0000-0000-000000000000");
    headers.put("anthropic-ratelimit-requests-limit", String.valueOf(REQUESTS_PER_MINUTE));
    headers.put("anthropic-ratelimit-requests-remaining", String.valueOf(REQUESTS_PER_MINUTE - 1));
    headers.put("anthropic-ratelimit-requests-reset", reset);
    headers.put("anthropic-ratelimit-tokens-limit", String.valueOf(TOKENS_PER_MINUTE));
    headers.put("anthropic-ratelimit-tokens-remaining",
        String.valueOf(TOKENS_PER_MINUTE - answer.totalTokens()));
    headers.put("anthropic-ratelimit-tokens-reset", reset);
    return headers;
  }
}

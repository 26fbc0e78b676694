package io.driftwatch.samples.standin;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Error answers shaped like Anthropic's: {"type":"error","error":{"type","message"}}. */
final class AnthropicErrors {

  private AnthropicErrors() {}

  static CannedResponse rateLimited() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("request-id", "req_standin_rate_limited");
    headers.put("retry-after", "1");
    headers.put("anthropic-ratelimit-requests-limit", "50");
    headers.put("anthropic-ratelimit-requests-remaining", "0");
    headers.put("anthropic-ratelimit-tokens-remaining", "0");
    return error(429, "rate_limit_error",
        "Number of requests has exceeded your per-minute rate limit. Please try again in 1s.",
        headers);
  }

  private static CannedResponse error(
      int status, String type, String message, Map<String, String> headers) {
    var error = Json.object();
    error.put("type", type);
    error.put("message", message);
    var body = Json.object();
    body.put("type", "error");
    body.set("error", error);
    return CannedResponse.of(status, "application/json",
        Json.text(body).getBytes(StandardCharsets.UTF_8), headers);
  }
}

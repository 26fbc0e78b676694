package io.driftwatch.samples.standin;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Error answers shaped like OpenAI's: {"error":{"message","type","param","code"}}. */
final class OpenAiErrors {

  private OpenAiErrors() {}

  static CannedResponse rateLimited() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("x-request-id", "req_standin_rate_limited");
    headers.put("retry-after", "1");
    headers.put("x-ratelimit-limit-requests", "3");
    headers.put("x-ratelimit-remaining-requests", "0");
    headers.put("x-ratelimit-limit-tokens", "40000");
    headers.put("x-ratelimit-remaining-tokens", "0");
    headers.put("x-ratelimit-reset-requests", "1s");
    headers.put("x-ratelimit-reset-tokens", "1s");
    return error(429, "Rate limit reached for requests per min (RPM): Limit 3, Used 3, Requested 1."
        + " Please try again in 1s.", "requests", "rate_limit_exceeded", headers);
  }

  static CannedResponse serverError() {
    return error(500, "The server had an error while processing your request. Sorry about that!",
        "server_error", null, Map.of("x-request-id", "req_standin_server_error"));
  }

  static CannedResponse notFound(String method, String path) {
    return error(404, "Invalid URL (" + method + " " + path + ")",
        "invalid_request_error", null, Map.of());
  }

  static CannedResponse invalidRequest(String message) {
    return error(400, message, "invalid_request_error", null, Map.of());
  }

  /** The stand-in itself broke; worded so it is never mistaken for a canned serverError(). */
  static CannedResponse standInFailed(Exception failure) {
    return error(500, "provider stand-in failed: " + failure, "standin_failure", null, Map.of());
  }

  private static CannedResponse error(
      int status, String message, String type, String code, Map<String, String> headers) {
    var error = Json.object();
    error.put("message", message);
    error.put("type", type);
    error.putNull("param");
    error.put("code", code);
    var body = Json.object();
    body.set("error", error);
    return CannedResponse.of(status, "application/json",
        Json.text(body).getBytes(StandardCharsets.UTF_8), headers);
  }
}

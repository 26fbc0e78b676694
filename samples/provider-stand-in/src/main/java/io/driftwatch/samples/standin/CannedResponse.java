package io.driftwatch.samples.standin;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fixed answer to serve instead of the stand-in's default, for provoking errors, odd payloads and
 * slow transfers. Immutable: {@link #withChunkedBody} and {@link #times} return changed copies.
 */
public final class CannedResponse {

  private final int status;
  private final String contentType;
  private final byte[] body;
  private final Map<String, String> headers;
  private final int chunkBytes; // 0 means a fixed-length body
  private final long delayMillisBetweenChunks;
  private final int times;

  private CannedResponse(int status, String contentType, byte[] body, Map<String, String> headers,
      int chunkBytes, long delayMillisBetweenChunks, int times) {
    this.status = status;
    this.contentType = contentType;
    this.body = body.clone();
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    this.chunkBytes = chunkBytes;
    this.delayMillisBetweenChunks = delayMillisBetweenChunks;
    this.times = times;
  }

  /** Any answer at all; contentType may be null to send none. */
  public static CannedResponse of(
      int status, String contentType, byte[] body, Map<String, String> headers) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("HTTP status out of range: " + status);
    }
    return new CannedResponse(status, contentType, body, headers, 0, 0, 1);
  }

  public static CannedResponse json(int status, String json) {
    return of(status, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  /** What OpenAI sends when the requests-per-minute limit is hit. */
  public static CannedResponse openAiRateLimited() {
    return OpenAiErrors.rateLimited();
  }

  /** What Anthropic sends when a rate limit is hit. */
  public static CannedResponse anthropicRateLimited() {
    return AnthropicErrors.rateLimited();
  }

  public static CannedResponse serverError() {
    return OpenAiErrors.serverError();
  }

  /** A 200 that is an HTML page, as a misconfigured proxy or gateway would send. */
  public static CannedResponse notJson() {
    String html = "<!DOCTYPE html>\n<html><head><title>Gateway</title></head>"
        + "<body><h1>Welcome</h1><p>This is not the API you are looking for.</p></body></html>\n";
    return of(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  /** The same answer sent with chunked transfer encoding, chunkBytes at a time, pausing between. */
  public CannedResponse withChunkedBody(int chunkBytes, long delayMillisBetweenChunks) {
    if (chunkBytes <= 0 || delayMillisBetweenChunks < 0) {
      throw new IllegalArgumentException("chunkBytes must be > 0 and the delay >= 0");
    }
    return new CannedResponse(
        status, contentType, body, headers, chunkBytes, delayMillisBetweenChunks, times);
  }

  /** Serve this answer for the next n requests instead of just one. */
  public CannedResponse times(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + n);
    }
    return new CannedResponse(
        status, contentType, body, headers, chunkBytes, delayMillisBetweenChunks, n);
  }

  int status() {
    return status;
  }

  String contentType() {
    return contentType;
  }

  byte[] body() {
    return body.clone();
  }

  Map<String, String> headers() {
    return headers;
  }

  boolean chunked() {
    return chunkBytes > 0;
  }

  int chunkBytes() {
    return chunkBytes;
  }

  long delayMillisBetweenChunks() {
    return delayMillisBetweenChunks;
  }

  int times() {
    return times;
  }

  @Override
  public String toString() {
    return "CannedResponse[" + status + " " + contentType + ", " + body.length + " bytes"
        + (chunked() ? ", chunked by " + chunkBytes : "") + ", times " + times + "]";
  }
}

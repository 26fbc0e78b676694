package io.driftwatch.samples.standin;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as the stand-in received it, so tests can assert on what a client (or an agent
 * wrapped around it) really sent.
 *
 * @param query the raw query string, or null when the URL has none
 * @param headers header names as the JDK server reports them; use {@link #header} to look one up
 */
public record RecordedRequest(
    String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

  public RecordedRequest {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(copy);
    body = body.clone();
  }

  /** First value of the header, matched case-insensitively, or null when absent. */
  public String header(String name) {
    for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return entry.getValue().get(0);
      }
    }
    return null;
  }

  /** The body decoded as UTF-8, which is what every provider API uses. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** A copy, so a caller cannot change what was recorded. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  // A record compares arrays by identity; two recordings of the same request should be equal.
  @Override
  public boolean equals(Object other) {
    return other instanceof RecordedRequest that
        && method.equals(that.method) && path.equals(that.path)
        && Objects.equals(query, that.query) && headers.equals(that.headers)
        && Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hash(method, path, query, headers) + Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return method + " " + path + (query == null ? "" : "?" + query) + " (" + body.length + " bytes)";
  }
}

package io.driftwatch.samples.standin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The JDK client, for tests that look at the wire format no SDK would show them. */
final class PlainHttp {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private PlainHttp() {}

  static HttpResponse<String> post(ProviderStandIn standIn, String pathAndQuery, String body) {
    return send(HttpRequest.newBuilder(URI.create(standIn.baseUrl() + pathAndQuery))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build());
  }

  static HttpResponse<String> get(ProviderStandIn standIn, String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(standIn.baseUrl() + pathAndQuery)).GET().build());
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

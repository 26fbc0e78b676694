package io.driftwatch.instrumentation.jdkhttp;

import io.driftwatch.testing.ClientAnswer;
import io.driftwatch.testing.ClientConformance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** java.net.http.HttpClient: send with a byte-array handler, and an input stream read a chunk at a time. */
class JdkHttpClientConformanceTest extends ClientConformance {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static HttpRequest post(String url, String json) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  @Override
  protected String instrumentationName() {
    return JdkHttpClientInstrumentation.NAME;
  }

  @Override
  protected ClientAnswer postReadingWhole(String url, String json) throws Exception {
    HttpResponse<byte[]> response = CLIENT.send(post(url, json), HttpResponse.BodyHandlers.ofByteArray());
    return new ClientAnswer(response.statusCode(), response.body());
  }

  @Override
  protected ClientAnswer postStreamingBody(String url, byte[] json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)))
        .build();
    HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    return new ClientAnswer(response.statusCode(), response.body());
  }

  @Override
  protected ClientAnswer postReadingStream(String url, String json) throws Exception {
    HttpResponse<InputStream> response = CLIENT.send(post(url, json), HttpResponse.BodyHandlers.ofInputStream());
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    try (InputStream body = response.body()) {
      byte[] chunk = new byte[16];
      for (int n; (n = body.read(chunk)) != -1; ) {
        read.write(chunk, 0, n);
      }
    }
    return new ClientAnswer(response.statusCode(), read.toByteArray());
  }
}

package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.driftwatch.samples.standin.CannedResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.InputStreamEntity;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Apache HttpClient 4, called directly by an application, with the agent attached. */
@Tag("conformance")
class ApacheHttpClient4Test extends ClassicHttpClientConformance {

  private final CloseableHttpClient client = HttpClients.createDefault();

  @AfterEach
  void closeClient() throws IOException {
    client.close();
  }

  private static HttpPost post(String url, String json) {
    HttpPost post = new HttpPost(url);
    post.setHeader("Authorization", "Bearer sk-canary-apache4");
    post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
    return post;
  }

  @Override
  byte[] postReadingWhole(String url, String json) throws IOException {
    return client.execute(post(url, json), response -> EntityUtils.toByteArray(response.getEntity()));
  }

  @Override
  String postReadingLines(String url, String json) throws IOException {
    StringBuilder lines = new StringBuilder();
    try (CloseableHttpResponse response = client.execute(post(url, json));
        BufferedReader reader = new BufferedReader(
            new InputStreamReader(response.getEntity().getContent(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.append(line).append('\n');
      }
    }
    return lines.toString();
  }

  @Override
  byte[] postWritingTo(String url, String json) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CloseableHttpResponse response = client.execute(post(url, json))) {
      response.getEntity().writeTo(out);
    }
    return out.toByteArray();
  }

  @Override
  void postClosingUnread(String url, String json) throws IOException {
    try (CloseableHttpResponse response = client.execute(post(url, json))) {
      response.getStatusLine();
    }
  }

  @Override
  byte[] postOneShotBody(String url, byte[] body) throws IOException {
    HttpPost post = new HttpPost(url);
    post.setEntity(new InputStreamEntity(new ByteArrayInputStream(body), body.length, ContentType.APPLICATION_JSON));
    return client.execute(post, response -> EntityUtils.toByteArray(response.getEntity()));
  }

  @Test
  void minimalClientIsObservedToo() throws IOException {
    String model = uniqueModel("gpt-4o-minimal4");
    PROVIDER.enqueue(CannedResponse.json(200, chatAnswer(model)));
    try (CloseableHttpClient minimal = HttpClients.createMinimal()) {
      minimal.execute(post(chatUrl(), chatRequest(model, false)), response -> EntityUtils.toByteArray(response.getEntity()));
    }

    assertEquals("chatcmpl-apache", spanFor(model).stringAttr("gen_ai.response.id"));
  }

  @Test
  @SuppressWarnings("deprecation")
  void deprecatedDefaultHttpClientIsObservedToo() throws IOException {
    String model = uniqueModel("gpt-4o-legacy4");
    PROVIDER.enqueue(CannedResponse.json(200, chatAnswer(model)));
    org.apache.http.impl.client.DefaultHttpClient legacy = new org.apache.http.impl.client.DefaultHttpClient();
    try {
      legacy.execute(post(chatUrl(), chatRequest(model, false)), response -> EntityUtils.toByteArray(response.getEntity()));
    } finally {
      legacy.close();
    }

    assertEquals("chatcmpl-apache", spanFor(model).stringAttr("gen_ai.response.id"));
  }
}

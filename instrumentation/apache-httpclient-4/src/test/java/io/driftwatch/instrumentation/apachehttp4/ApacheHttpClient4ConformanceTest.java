package io.driftwatch.instrumentation.apachehttp4;

import static org.junit.jupiter.api.Assertions.assertSame;

import io.driftwatch.testing.ClientAnswer;
import io.driftwatch.testing.ClientConformance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.InputStreamEntity;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/** Apache HttpClient 4.5: execute read whole with EntityUtils, and the entity's stream a chunk at a time. */
class ApacheHttpClient4ConformanceTest extends ClientConformance {

  private static final CloseableHttpClient CLIENT = HttpClients.createDefault();

  private static HttpPost post(String url, String json) {
    HttpPost post = new HttpPost(url);
    post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
    return post;
  }

  @Override
  protected String instrumentationName() {
    return ApacheHttpClient4Instrumentation.CLIENT;
  }

  @Override
  protected ClientAnswer postReadingWhole(String url, String json) throws Exception {
    try (CloseableHttpResponse response = CLIENT.execute(post(url, json))) {
      return new ClientAnswer(response.getStatusLine().getStatusCode(), EntityUtils.toByteArray(response.getEntity()));
    }
  }

  @Override
  protected ClientAnswer postStreamingBody(String url, byte[] json) throws Exception {
    HttpPost post = new HttpPost(url);
    InputStreamEntity entity = new InputStreamEntity(new ByteArrayInputStream(json), -1, ContentType.APPLICATION_JSON);
    entity.setChunked(true);
    post.setEntity(entity);
    try (CloseableHttpResponse response = CLIENT.execute(post)) {
      ClientAnswer answer = new ClientAnswer(response.getStatusLine().getStatusCode(),
          EntityUtils.toByteArray(response.getEntity()));
      assertSame(entity, post.getEntity(), "the application's request has its own entity back");
      return answer;
    }
  }

  @Override
  protected ClientAnswer postReadingStream(String url, String json) throws Exception {
    try (CloseableHttpResponse response = CLIENT.execute(post(url, json))) {
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      try (InputStream body = response.getEntity().getContent()) {
        byte[] chunk = new byte[16];
        for (int n; (n = body.read(chunk)) != -1; ) {
          read.write(chunk, 0, n);
        }
      }
      return new ClientAnswer(response.getStatusLine().getStatusCode(), read.toByteArray());
    }
  }
}

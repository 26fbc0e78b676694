package io.driftwatch.instrumentation.apachehttp5;

import static org.junit.jupiter.api.Assertions.assertSame;

import io.driftwatch.testing.ClientAnswer;
import io.driftwatch.testing.ClientConformance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;

/** Apache HttpClient 5 classic: a response handler reading whole, and the entity's stream a chunk at a time. */
class ApacheHttpClient5ConformanceTest extends ClientConformance {

  private static final CloseableHttpClient CLIENT = HttpClients.createDefault();

  static HttpPost post(String url, String json) {
    HttpPost post = new HttpPost(url);
    post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
    return post;
  }

  @Override
  protected String instrumentationName() {
    return ApacheHttpClient5Instrumentation.CLIENT;
  }

  @Override
  protected ClientAnswer postReadingWhole(String url, String json) throws Exception {
    return CLIENT.execute(post(url, json),
        response -> new ClientAnswer(response.getCode(), EntityUtils.toByteArray(response.getEntity())));
  }

  @Override
  protected ClientAnswer postStreamingBody(String url, byte[] json) throws Exception {
    HttpPost post = new HttpPost(url);
    InputStreamEntity entity = new InputStreamEntity(new ByteArrayInputStream(json), -1, ContentType.APPLICATION_JSON);
    post.setEntity(entity);
    ClientAnswer answer = CLIENT.execute(post,
        response -> new ClientAnswer(response.getCode(), EntityUtils.toByteArray(response.getEntity())));
    assertSame(entity, post.getEntity(), "the application's request has its own entity back");
    return answer;
  }

  @Override
  protected ClientAnswer postReadingStream(String url, String json) throws Exception {
    return CLIENT.execute(post(url, json), response -> {
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      try (InputStream body = response.getEntity().getContent()) {
        byte[] chunk = new byte[16];
        for (int n; (n = body.read(chunk)) != -1; ) {
          read.write(chunk, 0, n);
        }
      }
      return new ClientAnswer(response.getCode(), read.toByteArray());
    });
  }
}

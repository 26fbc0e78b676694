package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.driftwatch.samples.otlp.ReceivedMetric;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.StreamChannel;
import org.apache.hc.core5.http.nio.entity.AbstractBinAsyncEntityProducer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Request bodies that a client streams are observed as they go out: the JDK client's input-stream
 * supplier and reactive publisher (as Spring's JDK request factory builds for Spring AI), Apache
 * HttpClient 4 and 5 chunked entities, an HttpClient 5 async entity producer writing in pieces, and
 * an OkHttp one-shot body. The provider receives the very same bytes and headers, the body is
 * written once, and the span still has the request attributes and the request's size.
 */
@Tag("conformance")
class StreamedRequestBodyTest {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final org.apache.http.impl.client.CloseableHttpClient APACHE_4 =
      org.apache.http.impl.client.HttpClients.createDefault();
  private static final CloseableHttpClient APACHE_5 = HttpClients.createDefault();
  private static final CloseableHttpAsyncClient APACHE_5_ASYNC = HttpAsyncClients.createDefault();
  private static final OkHttpClient OK_HTTP = new OkHttpClient();

  @BeforeAll
  static void startAsyncClient() {
    APACHE_5_ASYNC.start();
  }

  @AfterAll
  static void closeClients() throws Exception {
    APACHE_4.close();
    APACHE_5.close();
    APACHE_5_ASYNC.close();
  }

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
  }

  private static String chatUrl() {
    return PROVIDER.baseUrl() + "/v1/chat/completions";
  }

  /** The span has what only the request body tells, and the size metric counts every byte sent. */
  private static void assertRequestObserved(String model, byte[] body) {
    assertArrayEquals(body, PROVIDER.requests().get(0).body());
    ReceivedSpan span = spanFor(model);
    assertEquals("chat " + model, span.name());
    assertEquals(77L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(0.3, span.doubleAttr("gen_ai.request.temperature"), 1e-9);
    assertNotNull(span.stringAttr("driftwatch.prompt.fingerprint"));
    ReceivedMetric size = RECEIVER.awaitMetric("driftwatch.llm.request.size",
        m -> model.equals(m.stringAttr("gen_ai.request.model")), WAIT);
    assertEquals((double) body.length, size.sum(), 0.0);
  }

  @Test
  void apacheHttpClient4ChunkedEntityIsCopiedAsWritten() throws Exception {
    String model = uniqueModel("gpt-4o-mini-hc4-chunked");
    byte[] body = chatBody(model);
    org.apache.http.client.methods.HttpPost post = new org.apache.http.client.methods.HttpPost(chatUrl());
    org.apache.http.entity.InputStreamEntity entity = new org.apache.http.entity.InputStreamEntity(
        new ByteArrayInputStream(body), -1, org.apache.http.entity.ContentType.APPLICATION_JSON);
    entity.setChunked(true);
    post.setEntity(entity);

    try (org.apache.http.client.methods.CloseableHttpResponse response = APACHE_4.execute(post)) {
      org.apache.http.util.EntityUtils.consume(response.getEntity());
      assertEquals(200, response.getStatusLine().getStatusCode());
    }

    assertEquals("chunked", PROVIDER.requests().get(0).header("Transfer-Encoding"));
    assertSame(entity, post.getEntity());
    assertRequestObserved(model, body);
  }

  @Test
  void apacheHttpClient5ClassicStreamedEntityIsCopiedAsWritten() throws Exception {
    String model = uniqueModel("gpt-4o-mini-hc5-chunked");
    byte[] body = chatBody(model);
    HttpPost post = new HttpPost(chatUrl());
    post.setEntity(new InputStreamEntity(new ByteArrayInputStream(body), -1, ContentType.APPLICATION_JSON));

    int status = APACHE_5.execute(post, response -> {
      EntityUtils.consume(response.getEntity());
      return response.getCode();
    });

    assertEquals(200, status);
    assertEquals("chunked", PROVIDER.requests().get(0).header("Transfer-Encoding"));
    assertRequestObserved(model, body);
  }

  @Test
  void apacheHttpClient5AsyncProducerWritingInPiecesIsCopiedAsWritten() throws Exception {
    String model = uniqueModel("gpt-4o-mini-hc5-async-pieces");
    byte[] body = chatBody(model);
    AsyncEntityProducer pieces = new AbstractBinAsyncEntityProducer(0, ContentType.APPLICATION_JSON) {
      private int sent;

      @Override
      protected int availableData() {
        return body.length - sent;
      }

      @Override
      protected void produceData(StreamChannel<ByteBuffer> channel) throws IOException {
        for (int taken = 1; taken > 0 && sent < body.length; sent += taken) {
          taken = channel.write(ByteBuffer.wrap(body, sent, Math.min(9, body.length - sent)));
        }
        if (sent == body.length) {
          channel.endStream();
        }
      }

      @Override
      public boolean isRepeatable() {
        return false;
      }

      @Override
      public void failed(Exception cause) {}
    };

    SimpleHttpResponse response = APACHE_5_ASYNC.execute(
        new BasicRequestProducer(Method.POST, URI.create(chatUrl()), pieces), SimpleResponseConsumer.create(), null)
        .get(20, TimeUnit.SECONDS);

    assertEquals(200, response.getCode());
    assertRequestObserved(model, body);
  }

  @Test
  void okHttpOneShotBodyIsCopiedAsWrittenAndWrittenOnce() throws Exception {
    String model = uniqueModel("gpt-4o-mini-okhttp-oneshot");
    byte[] body = chatBody(model);
    AtomicInteger writes = new AtomicInteger();
    RequestBody oneShot = new RequestBody() {
      @Override
      public MediaType contentType() {
        return MediaType.get("application/json");
      }

      @Override
      public boolean isOneShot() {
        return true;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        writes.incrementAndGet();
        for (int at = 0; at < body.length; at += 9) {
          sink.write(body, at, Math.min(9, body.length - at));
        }
      }
    };

    try (Response response = OK_HTTP.newCall(new Request.Builder().url(chatUrl())
        .header("X-Request-Tag", "streamed-body").post(oneShot).build()).execute()) {
      response.body().bytes();
      assertEquals(200, response.code());
    }

    assertEquals(1, writes.get());
    assertEquals("streamed-body", PROVIDER.requests().get(0).header("X-Request-Tag"));
    assertRequestObserved(model, body);
  }

  private static byte[] chatBody(String model) {
    return ("{\"model\":\"" + model + "\",\"max_tokens\":77,\"temperature\":0.3,\"messages\":["
        + "{\"role\":\"system\",\"content\":\"Answer in one line.\"},"
        + "{\"role\":\"user\",\"content\":\"What is a span?\"}]}").getBytes(StandardCharsets.UTF_8);
  }

  private static HttpRequest.Builder chatRequest() {
    return HttpRequest.newBuilder(URI.create(PROVIDER.baseUrl() + "/v1/chat/completions"))
        .header("Content-Type", "application/json")
        .header("X-Request-Tag", "streamed-body")
        .timeout(Duration.ofSeconds(20));
  }

  @Test
  void inputStreamBodyKeepsRequestAttributesAndReachesTheProviderUnchanged() throws Exception {
    String model = uniqueModel("gpt-4o-mini-instream");
    byte[] body = chatBody(model);
    HttpRequest request = chatRequest()
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
        .build();

    HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());

    assertEquals(200, response.statusCode());
    assertArrayEquals(body, PROVIDER.requests().get(0).body());
    assertEquals("streamed-body", PROVIDER.requests().get(0).header("X-Request-Tag"));
    ReceivedSpan span = spanFor(model);
    assertEquals(77L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(0.3, span.doubleAttr("gen_ai.request.temperature"), 1e-9);
    assertNotNull(span.stringAttr("driftwatch.prompt.fingerprint"));
  }

  @Test
  void reactivePublisherBodyWithDeclaredLengthIsObservedOnSendAsync() throws Exception {
    String model = uniqueModel("gpt-4o-mini-publisher");
    byte[] body = chatBody(model);
    HttpRequest request = chatRequest()
        .POST(HttpRequest.BodyPublishers.fromPublisher(subscriber -> {
          SubmissionPublisher<ByteBuffer> publisher = new SubmissionPublisher<>();
          publisher.subscribe(subscriber);
          int half = body.length / 2;
          publisher.submit(ByteBuffer.wrap(body, 0, half).slice());
          publisher.submit(ByteBuffer.wrap(body, half, body.length - half).slice());
          publisher.close();
        }, body.length))
        .build();

    HttpResponse<String> response = CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString()).get();

    assertEquals(200, response.statusCode());
    assertArrayEquals(body, PROVIDER.requests().get(0).body());
    ReceivedSpan span = spanFor(model);
    assertEquals(77L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(List.of("stop"), span.listAttr("gen_ai.response.finish_reasons"));
  }
}

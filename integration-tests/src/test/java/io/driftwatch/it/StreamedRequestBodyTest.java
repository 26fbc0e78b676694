package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.driftwatch.samples.otlp.ReceivedSpan;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.SubmissionPublisher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Request bodies that the JDK client streams (an input-stream supplier; a reactive publisher, as
 * Spring's JDK request factory builds for Spring AI) are observed as they go out: the provider
 * receives the very same bytes and headers, and the span still has the request attributes.
 */
class StreamedRequestBodyTest {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
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

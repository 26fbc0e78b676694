package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.samples.otlp.ReceivedSpan;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JDK HttpClient over HTTP/2 (TLS with ALPN, as it reaches every hosted provider), against a
 * stand-in that speaks only HTTP/2: whole answers, SSE streams, a streamed request body and two
 * calls multiplexed on one connection each become one complete span.
 */
@Tag("conformance")
class JdkHttpClientHttp2Test {

  private static Http2ProviderStandIn provider;
  private static HttpClient client;

  @BeforeAll
  static void start() throws Exception {
    provider = Http2ProviderStandIn.start();
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).sslContext(provider.clientTls()).build();
  }

  @AfterAll
  static void stop() {
    provider.close();
  }

  private static String chatBody(String model, boolean stream) {
    return "{\"model\":\"" + model + "\",\"max_tokens\":55,\"stream\":" + stream
        + (stream ? ",\"stream_options\":{\"include_usage\":true}" : "")
        + ",\"messages\":[{\"role\":\"system\",\"content\":\"Answer in one line.\"},"
        + "{\"role\":\"user\",\"content\":\"Why is the sky blue?\"}]}";
  }

  private static HttpRequest.Builder chat() {
    return HttpRequest.newBuilder(URI.create(provider.baseUrl() + "/v1/chat/completions"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer sk-canary-h2")
        .timeout(Duration.ofSeconds(20));
  }

  private static void assertChatSpan(ReceivedSpan span, String model) {
    assertEquals("chat " + model, span.name());
    assertEquals(55L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals("127.0.0.1", span.stringAttr("server.address"));
    assertEquals("success", span.stringAttr("driftwatch.outcome"));
    assertNotNull(span.stringAttr("driftwatch.prompt.fingerprint"));
  }

  @Test
  void wholeAnswerOverHttp2IsACompleteChatSpan() throws Exception {
    String model = uniqueModel("gpt-4o-mini-h2");

    HttpResponse<String> response = client.send(chat().POST(HttpRequest.BodyPublishers.ofString(chatBody(model, false)))
        .build(), HttpResponse.BodyHandlers.ofString());

    assertEquals(HttpClient.Version.HTTP_2, response.version());
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("Over HTTP/2."), response.body());
    ReceivedSpan span = spanFor(model);
    assertChatSpan(span, model);
    assertEquals("chatcmpl-h2", span.stringAttr("gen_ai.response.id"));
    assertEquals(20L, span.longAttr("gen_ai.usage.input_tokens"));
    assertEquals(4L, span.longAttr("gen_ai.usage.output_tokens"));
  }

  @Test
  void sseStreamOverHttp2GetsChunksUsageAndFinishReason() throws Exception {
    String model = uniqueModel("gpt-4o-mini-h2-stream");

    HttpResponse<java.util.stream.Stream<String>> response = client.send(
        chat().POST(HttpRequest.BodyPublishers.ofString(chatBody(model, true))).build(),
        HttpResponse.BodyHandlers.ofLines());
    List<String> lines = response.body().collect(Collectors.toList());

    assertEquals(HttpClient.Version.HTTP_2, response.version());
    assertEquals("data: [DONE]", lines.get(lines.size() - 2));
    ReceivedSpan span = spanFor(model);
    assertChatSpan(span, model);
    assertEquals(true, span.boolAttr("gen_ai.request.stream"));
    assertEquals(List.of("stop"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals("provider", span.stringAttr("driftwatch.stream.usage"));
    assertEquals(3L, span.longAttr("gen_ai.usage.output_tokens"));
    assertEquals((long) "Blue light scatters.".length(), span.longAttr("driftwatch.output.length"));
  }

  @Test
  void streamedRequestBodyOverHttp2KeepsTheRequestAttributes() throws Exception {
    String model = uniqueModel("gpt-4o-mini-h2-upload");
    byte[] body = chatBody(model, false).getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = client.send(
        chat().POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
        HttpResponse.BodyHandlers.ofString());

    assertEquals(HttpClient.Version.HTTP_2, response.version());
    assertEquals(200, response.statusCode());
    assertChatSpan(spanFor(model), model);
    assertTrue(provider.requests().stream().anyMatch(r -> java.util.Arrays.equals(body, r.body())));
  }

  @Test
  void twoCallsMultiplexedOnOneConnectionAreTwoSpans() throws Exception {
    String first = uniqueModel("gpt-4o-mini-h2-first");
    String second = uniqueModel("gpt-4o-mini-h2-second");

    CompletableFuture<HttpResponse<String>> a = client.sendAsync(
        chat().POST(HttpRequest.BodyPublishers.ofString(chatBody(first, true))).build(),
        HttpResponse.BodyHandlers.ofString());
    CompletableFuture<HttpResponse<String>> b = client.sendAsync(
        chat().POST(HttpRequest.BodyPublishers.ofString(chatBody(second, false))).build(),
        HttpResponse.BodyHandlers.ofString());

    assertEquals(200, a.get(20, TimeUnit.SECONDS).statusCode());
    assertEquals(200, b.get(20, TimeUnit.SECONDS).statusCode());
    ReceivedSpan streamed = spanFor(first);
    ReceivedSpan whole = spanFor(second);
    assertChatSpan(streamed, first);
    assertChatSpan(whole, second);
    assertEquals(List.of("stop"), streamed.listAttr("gen_ai.response.finish_reasons"));
    assertEquals("chatcmpl-h2", whole.stringAttr("gen_ai.response.id"));
    assertNotEquals(streamed.spanId(), whole.spanId());
    List<Integer> streams = provider.requests().stream()
        .filter(r -> {
          String sent = new String(r.body(), StandardCharsets.UTF_8);
          return sent.contains(first) || sent.contains(second);
        })
        .map(Http2ProviderStandIn.Received::streamId).distinct().toList();
    assertEquals(2, streams.size(), "each call is its own HTTP/2 stream: " + streams);
  }
}

package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.Http2SslContextSpec;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;

/**
 * Reactor Netty over HTTP/2, cleartext with prior knowledge (H2C) and over TLS with ALPN (H2),
 * against an HTTP/2 front of the stand-in built on Netty's own server codec: each stream is one
 * span with the request's and the answer's attributes, streamed answers included, and streams
 * multiplexed on one connection never mix. Also a request body sent in chunks, over HTTP/1.1 and
 * HTTP/2: it is copied as it goes out.
 */
@Tag("conformance")
class ReactorNettyHttp2Test {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
  private static Http2StandIn cleartext;
  private static Http2StandIn tls;
  private static HttpClient h2c;
  private static HttpClient h2;

  @BeforeAll
  static void startStandIns() throws Exception {
    SelfSignedTls certificate = SelfSignedTls.forLoopback();
    cleartext = Http2StandIn.cleartext(PROVIDER);
    tls = Http2StandIn.tls(PROVIDER, certificate);
    h2c = HttpClient.create().protocol(HttpProtocol.H2C).baseUrl("http://127.0.0.1:" + cleartext.port());
    h2 = HttpClient.create().protocol(HttpProtocol.H2).baseUrl("https://127.0.0.1:" + tls.port())
        .secure(spec -> spec.sslContext(Http2SslContextSpec.forClient()
            .configure(builder -> builder.trustManager(trustManagersOf(certificate)))));
  }

  private static javax.net.ssl.TrustManagerFactory trustManagersOf(SelfSignedTls certificate) {
    try {
      return certificate.trustManagers();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void stopStandIns() {
    cleartext.close();
    tls.close();
  }

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
  }

  private static String chat(String model, boolean stream) {
    return "{\"model\":\"" + model + "\",\"max_tokens\":66,\"stream\":" + stream
        + (stream ? ",\"stream_options\":{\"include_usage\":true}" : "")
        + ",\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"Why is the sky blue?\"}]}";
  }

  /** The answer's protocol version and body. */
  private static Tuple2<String, String> post(HttpClient client, Flux<String> bodyParts) {
    return client.headers(headers -> headers.set("Content-Type", "application/json")
            .set("Authorization", "Bearer sk-canary-reactor-h2"))
        .post().uri("/v1/chat/completions")
        .send(ByteBufFlux.fromString(bodyParts))
        .responseSingle((response, content) -> content.asString()
            .map(body -> Tuples.of(response.version().text(), body)))
        .block(CALL_TIMEOUT);
  }

  @Test
  void h2cWholeAnswerIsOneChatSpanWithModelAndTokens() throws Exception {
    String model = uniqueModel("gpt-4o-mini-h2c");
    Tuple2<String, String> answer = post(h2c, Flux.just(chat(model, false)));

    assertEquals("HTTP/2.0", answer.getT1());
    JsonNode json = JSON.readTree(answer.getT2());
    ReceivedSpan span = spanFor(model);
    assertEquals("chat " + model, span.name());
    assertEquals(66L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(json.path("id").asText(), span.stringAttr("gen_ai.response.id"));
    assertEquals(json.path("usage").path("prompt_tokens").asLong(), span.longAttr("gen_ai.usage.input_tokens"));
    assertEquals(json.path("usage").path("completion_tokens").asLong(), span.longAttr("gen_ai.usage.output_tokens"));
    assertEquals((long) cleartext.port(), span.longAttr("server.port"));
    assertEquals("success", span.stringAttr("driftwatch.outcome"));
  }

  @Test
  void h2OverTlsStreamedAnswerGetsChunksUsageAndFinishReason() {
    String model = uniqueModel("gpt-4o-mini-h2-stream");
    PROVIDER.setCompletionText("Short blue waves scatter the most.");
    List<String> events = h2.headers(headers -> headers.set("Content-Type", "application/json")
            .set("Accept", "text/event-stream"))
        .post().uri("/v1/chat/completions")
        .send(ByteBufFlux.fromString(Mono.just(chat(model, true))))
        .responseContent().asString().collectList().block(CALL_TIMEOUT);

    String streamed = String.join("", events);
    assertTrue(streamed.contains("data: [DONE]"), streamed);
    ReceivedSpan span = spanFor(model);
    assertEquals(true, span.boolAttr("gen_ai.request.stream"));
    assertEquals(List.of("stop"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals("provider", span.stringAttr("driftwatch.stream.usage"));
    assertTrue(span.longAttr("gen_ai.usage.output_tokens") > 0);
    assertEquals((long) "Short blue waves scatter the most.".length(), span.longAttr("driftwatch.output.length"));
    assertEquals("completed", span.stringAttr("driftwatch.response.outcome"));
    assertEquals((long) tls.port(), span.longAttr("server.port"));
  }

  @Test
  void streamsMultiplexedOnOneConnectionKeepTheirOwnBodies() {
    ConnectionProvider oneConnection = ConnectionProvider.builder("one-h2c-connection").maxConnections(1).build();
    try {
      HttpClient client = HttpClient.create(oneConnection).protocol(HttpProtocol.H2C)
          .baseUrl("http://127.0.0.1:" + cleartext.port());
      PROVIDER.setCompletionText("Rayleigh scattering favours short wavelengths of light.");
      List<String> models = IntStream.range(0, 4).mapToObj(i -> uniqueModel("gpt-4o-mini-h2c-mux" + i)).toList();
      Map<String, String> answers = Flux.fromIterable(models)
          .flatMap(model -> Mono.fromCallable(() -> model).zipWith(
              client.headers(headers -> headers.set("Content-Type", "application/json"))
                  .post().uri("/v1/chat/completions")
                  .send(ByteBufFlux.fromString(Mono.just(chat(model, true))))
                  .responseContent().asString().reduce(String::concat)))
          .collectMap(Tuple2::getT1, Tuple2::getT2).block(CALL_TIMEOUT);

      for (String model : models) {
        assertTrue(answers.get(model).contains("\"model\":\"" + model + "\""), answers.get(model));
        ReceivedSpan span = spanFor(model);
        assertEquals(model, span.stringAttr("gen_ai.response.model"), "the answer read is this stream's own");
        assertEquals(List.of("stop"), span.listAttr("gen_ai.response.finish_reasons"));
        assertEquals((long) "Rayleigh scattering favours short wavelengths of light.".length(),
            span.longAttr("driftwatch.output.length"));
        assertEquals("completed", span.stringAttr("driftwatch.response.outcome"));
      }
    } finally {
      oneConnection.disposeLater().block(CALL_TIMEOUT);
    }
  }

  @Test
  void requestBodySentInChunksOverHttp11IsCopiedAsItGoesOut() {
    assertChunkedBodyCopied(HttpClient.create().baseUrl(PROVIDER.baseUrl()), "HTTP/1.1", "gpt-4o-mini-chunked-h1");
  }

  @Test
  void requestBodySentInChunksOverH2cIsCopiedAsItGoesOut() {
    assertChunkedBodyCopied(h2c, "HTTP/2.0", "gpt-4o-mini-chunked-h2c");
  }

  private static void assertChunkedBodyCopied(HttpClient client, String version, String modelBase) {
    String model = uniqueModel(modelBase);
    String body = chat(model, false);
    List<String> parts = IntStream.range(0, 5)
        .mapToObj(i -> body.substring(i * body.length() / 5, (i + 1) * body.length() / 5))
        .collect(Collectors.toList());

    Tuple2<String, String> answer = post(client, Flux.fromIterable(parts));

    assertEquals(version, answer.getT1());
    assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), PROVIDER.requests().get(0).body(),
        "the provider received the body unchanged");
    if (version.equals("HTTP/1.1")) {
      assertEquals("chunked", PROVIDER.requests().get(0).header("Transfer-Encoding"), "the body went out in chunks");
    }
    ReceivedSpan span = spanFor(model);
    assertEquals(66L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals("success", span.stringAttr("driftwatch.outcome"));
    long size = body.getBytes(StandardCharsets.UTF_8).length;
    RECEIVER.awaitMetric("driftwatch.llm.request.size",
        m -> model.equals(m.stringAttr("gen_ai.request.model")) && m.count() == 1 && m.sum() == size, WAIT);
  }
}

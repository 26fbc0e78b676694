package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.openfeature.sdk.OpenFeatureAPI;
import dev.openfeature.sdk.providers.memory.Flag;
import dev.openfeature.sdk.providers.memory.InMemoryProvider;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Reactor Netty writes a request on its event loop, not on the thread that made the call: the MDC
 * values and feature flags of the calling thread still reach the call's span, over HTTP/1.1
 * (Spring WebClient) and HTTP/2, and a later call on the same pooled connection does not inherit
 * them.
 */
@Tag("conformance")
class ReactorNettyCallerContextTest {

  private static Http2StandIn cleartext;

  @BeforeAll
  static void start() throws InterruptedException {
    cleartext = Http2StandIn.cleartext(PROVIDER);
  }

  @AfterAll
  static void stop() {
    cleartext.close();
  }

  @AfterEach
  void reset() {
    PROVIDER.reset();
    MDC.clear();
  }

  private static String chat(String model) {
    return "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"system\",\"content\":\"You answer briefly.\"},"
        + "{\"role\":\"user\",\"content\":\"Why is the sky blue?\"}]}";
  }

  @Test
  void webClientCallCarriesTheCallersMdcAndFlagsAndTheNextCallOnTheConnectionDoesNot() throws Exception {
    OpenFeatureAPI api = OpenFeatureAPI.getInstance();
    api.setProviderAndWait(new InMemoryProvider(Map.of("answer-style-v3", Flag.<String>builder()
        .variant("terse", "terse").variant("chatty", "chatty").defaultVariant("terse").build())));
    ConnectionProvider oneConnection = ConnectionProvider.builder("one-webclient-connection").maxConnections(1).build();
    try {
      WebClient client = WebClient.builder().baseUrl(PROVIDER.baseUrl())
          .clientConnector(new org.springframework.http.client.reactive.ReactorClientHttpConnector(
              HttpClient.create(oneConnection)))
          .build();
      String withContext = uniqueModel("gpt-4o-mini-webclient-mdc");
      String withoutContext = uniqueModel("gpt-4o-mini-webclient-no-mdc");

      // The flag is evaluated on a thread of its own: flags are kept per thread for a while, and the
      // test thread runs the other in-process tests.
      String style = onThreadOfItsOwn(() -> {
        MDC.put("prompt.version", "v-webclient-42");
        MDC.put("user.segment", "enterprise");
        String evaluated = api.getClient().getStringValue("answer-style-v3", "chatty");
        post(client, withContext);
        MDC.clear();
        return evaluated;
      });
      post(client, withoutContext);

      assertEquals("terse", style);
      ReceivedSpan span = spanFor(withContext);
      assertEquals("v-webclient-42", span.stringAttr("driftwatch.prompt.version"));
      assertEquals("enterprise", span.stringAttr("driftwatch.user.segment"));
      assertTrue(span.events().stream().anyMatch(e -> e.name().equals("feature_flag.evaluation")
          && "answer-style-v3".equals(e.attributes().get("feature_flag.key"))), "events: " + span.events());
      ReceivedSpan later = spanFor(withoutContext);
      assertNull(later.stringAttr("driftwatch.user.segment"), "the next call on the connection kept a stale MDC value");
    } finally {
      oneConnection.disposeLater().block(Duration.ofSeconds(30));
    }
  }

  private static <T> T onThreadOfItsOwn(Callable<T> task) throws Exception {
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      return thread.submit(task).get(60, TimeUnit.SECONDS);
    } finally {
      thread.shutdownNow();
    }
  }

  private static void post(WebClient client, String model) {
    client.post().uri("/v1/chat/completions").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(chat(model)).retrieve().bodyToMono(String.class).block(Duration.ofSeconds(30));
  }

  @Test
  void http2StreamCarriesTheCallersMdc() {
    String model = uniqueModel("gpt-4o-mini-h2c-mdc");
    MDC.put("experiment.arm", "B");
    HttpClient.create().protocol(HttpProtocol.H2C).baseUrl("http://127.0.0.1:" + cleartext.port())
        .headers(headers -> headers.set("Content-Type", "application/json"))
        .post().uri("/v1/chat/completions")
        .send(ByteBufFlux.fromString(Mono.just(chat(model))))
        .responseSingle((response, body) -> body.asString())
        .block(Duration.ofSeconds(30));

    assertEquals("B", spanFor(model).stringAttr("driftwatch.experiment.arm"));
  }
}

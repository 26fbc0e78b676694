package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.driftwatch.samples.otlp.ReceivedSpan;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An OkHttp duplex request body over HTTP/2: OkHttp hands the application the sink and goes on to
 * wait for the answer while the application writes the body from its own thread and closes it. The
 * agent copies what passes through that sink and hands the copy over at the close.
 */
@Tag("conformance")
class OkHttpDuplexBodyTest {

  private static Http2ProviderStandIn provider;
  private static OkHttpClient client;
  private static final ExecutorService CALLER = Executors.newSingleThreadExecutor();

  @BeforeAll
  static void start() throws Exception {
    provider = Http2ProviderStandIn.start();
    client = new OkHttpClient.Builder()
        .sslSocketFactory(provider.clientTls().getSocketFactory(), provider.clientTrust())
        .protocols(List.of(Protocol.HTTP_2, Protocol.HTTP_1_1))
        .build();
  }

  @AfterAll
  static void stop() {
    CALLER.shutdownNow();
    provider.close();
  }

  @Test
  void duplexBodyWrittenAfterTheCallStartedIsCopiedAsItPasses() throws Exception {
    String model = uniqueModel("gpt-4o-mini-okhttp-duplex");
    byte[] body = ("{\"model\":\"" + model + "\",\"max_tokens\":33,\"messages\":["
        + "{\"role\":\"system\",\"content\":\"Answer in one line.\"},"
        + "{\"role\":\"user\",\"content\":\"What is a span?\"}]}").getBytes(StandardCharsets.UTF_8);
    CompletableFuture<BufferedSink> handedOver = new CompletableFuture<>();
    AtomicInteger writes = new AtomicInteger();
    RequestBody duplex = new RequestBody() {
      @Override
      public MediaType contentType() {
        return MediaType.get("application/json");
      }

      @Override
      public boolean isDuplex() {
        return true;
      }

      @Override
      public void writeTo(BufferedSink sink) {
        writes.incrementAndGet();
        handedOver.complete(sink);
      }
    };
    Request request = new Request.Builder().url(provider.baseUrl() + "/v1/chat/completions").post(duplex).build();

    Future<Response> call = CALLER.submit(() -> client.newCall(request).execute());
    BufferedSink sink = handedOver.get(20, TimeUnit.SECONDS);
    for (int at = 0; at < body.length; at += 11) {
      sink.write(body, at, Math.min(11, body.length - at));
      sink.flush();
    }
    sink.close();

    try (Response response = call.get(20, TimeUnit.SECONDS)) {
      assertEquals(Protocol.HTTP_2, response.protocol());
      assertEquals(200, response.code());
      response.body().bytes();
    }
    assertEquals(1, writes.get());
    assertArrayEquals(body, provider.requests().stream()
        .filter(r -> new String(r.body(), StandardCharsets.UTF_8).contains(model)).findFirst().orElseThrow().body());
    ReceivedSpan span = spanFor(model);
    assertEquals("chat " + model, span.name());
    assertEquals(33L, span.longAttr("gen_ai.request.max_tokens"));
    assertNotNull(span.stringAttr("driftwatch.prompt.fingerprint"));
  }
}

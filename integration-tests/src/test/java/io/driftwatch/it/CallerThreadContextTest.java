package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.openfeature.sdk.OpenFeatureAPI;
import dev.openfeature.sdk.providers.memory.Flag;
import dev.openfeature.sdk.providers.memory.InMemoryProvider;
import io.driftwatch.samples.otlp.ReceivedEvent;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.core5.http.ContentType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * MDC values and OpenFeature flags set on the thread that starts a call reach its span when the
 * client completes the call on a thread of its own: OkHttp's dispatcher thread for {@code enqueue},
 * the I/O reactor for Apache HttpClient 5 async.
 */
@Tag("conformance")
class CallerThreadContextTest {

  private static final CloseableHttpAsyncClient APACHE_5_ASYNC = HttpAsyncClients.createDefault();
  private static final OkHttpClient OK_HTTP = new OkHttpClient();

  @BeforeAll
  static void startClientAndFlags() throws Exception {
    APACHE_5_ASYNC.start();
    OpenFeatureAPI.getInstance().setProviderAndWait(new InMemoryProvider(Map.of("answer-style", Flag.<String>builder()
        .variant("short", "short").variant("long", "long").defaultVariant("short").build())));
  }

  @AfterAll
  static void closeClient() throws Exception {
    APACHE_5_ASYNC.close();
  }

  @AfterEach
  void reset() {
    PROVIDER.reset();
    MDC.clear();
  }

  private static String chatBody(String model) {
    return "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
        + "{\"role\":\"user\",\"content\":\"What is a span?\"}]}";
  }

  /** On the test's thread: the MDC values and the flag the application sets for this request. */
  private static String setRequestContext(String promptVersion) {
    MDC.put("prompt.version", promptVersion);
    MDC.put("user.segment", "enterprise");
    return OpenFeatureAPI.getInstance().getClient().getStringValue("answer-style", "long");
  }

  private static void assertCallerContextOnSpan(String model, String promptVersion, String completingThread) {
    ReceivedSpan span = spanFor(model);
    assertNotEquals(Thread.currentThread().getName(), completingThread, "the call completed on another thread");
    assertEquals(promptVersion, span.stringAttr("driftwatch.prompt.version"));
    assertEquals("enterprise", span.stringAttr("driftwatch.user.segment"));
    assertEquals(List.of("answer-style=short"), span.listAttr("driftwatch.feature_flags"));
    ReceivedEvent evaluation = span.events().stream()
        .filter(e -> e.name().equals("feature_flag.evaluation")).findFirst().orElseThrow();
    assertEquals("answer-style", evaluation.attributes().get("feature_flag.key"));
    assertEquals("short", evaluation.attributes().get("feature_flag.result.variant"));
  }

  @Test
  void okHttpEnqueueCarriesTheCallersMdcAndFlagsToTheDispatcherThread() throws Exception {
    String model = uniqueModel("gpt-4o-mini-okhttp-enqueue");
    assertEquals("short", setRequestContext("v-enqueue-7"));
    CompletableFuture<String> completedOn = new CompletableFuture<>();
    Request request = new Request.Builder().url(PROVIDER.baseUrl() + "/v1/chat/completions")
        .post(RequestBody.create(chatBody(model), MediaType.get("application/json"))).build();

    OK_HTTP.newCall(request).enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        completedOn.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call call, Response response) throws IOException {
        try (response) {
          response.body().bytes();
          completedOn.complete(Thread.currentThread().getName());
        }
      }
    });
    MDC.clear(); // the caller moves on before the dispatcher thread sends the call

    assertCallerContextOnSpan(model, "v-enqueue-7", completedOn.get(20, TimeUnit.SECONDS));
  }

  @Test
  void okHttpEnqueueFromAThreadWithNothingSetCarriesNothing() throws Exception {
    String model = uniqueModel("gpt-4o-mini-okhttp-enqueue-plain");
    CompletableFuture<Void> done = new CompletableFuture<>();
    Request request = new Request.Builder().url(PROVIDER.baseUrl() + "/v1/chat/completions")
        .post(RequestBody.create(chatBody(model), MediaType.get("application/json"))).build();

    // A fresh thread: the test's own thread evaluated flags a moment ago, which its calls would carry.
    Thread caller = new Thread(() -> OK_HTTP.newCall(request).enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        done.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call call, Response response) {
        response.close();
        done.complete(null);
      }
    }));
    caller.start();
    done.get(20, TimeUnit.SECONDS);

    ReceivedSpan span = spanFor(model);
    assertNull(span.stringAttr("driftwatch.user.segment"));
    assertNull(span.listAttr("driftwatch.feature_flags"));
  }

  @Test
  void apacheAsyncCarriesTheCallersMdcAndFlagsToTheIoThread() throws Exception {
    String model = uniqueModel("gpt-4o-mini-hc5-async-context");
    assertEquals("short", setRequestContext("v-async-3"));
    CompletableFuture<String> completedOn = new CompletableFuture<>();

    APACHE_5_ASYNC.execute(SimpleRequestBuilder.post(PROVIDER.baseUrl() + "/v1/chat/completions")
        .setBody(chatBody(model), ContentType.APPLICATION_JSON).build(),
        new org.apache.hc.core5.concurrent.FutureCallback<SimpleHttpResponse>() {
          @Override
          public void completed(SimpleHttpResponse response) {
            completedOn.complete(Thread.currentThread().getName());
          }

          @Override
          public void failed(Exception e) {
            completedOn.completeExceptionally(e);
          }

          @Override
          public void cancelled() {
            completedOn.cancel(false);
          }
        });
    MDC.clear();

    assertCallerContextOnSpan(model, "v-async-3", completedOn.get(20, TimeUnit.SECONDS));
  }
}

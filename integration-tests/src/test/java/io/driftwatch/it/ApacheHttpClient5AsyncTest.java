package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

/** Apache HttpClient 5 async (simple requests): a whole answer and an SSE stream, each one span. */
@Tag("conformance")
class ApacheHttpClient5AsyncTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static CloseableHttpAsyncClient client;

  @BeforeAll
  static void startClient() {
    client = HttpAsyncClients.createDefault();
    client.start();
  }

  @AfterAll
  static void closeClient() throws Exception {
    client.close();
  }

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
  }

  private static SimpleHttpResponse post(String model, boolean stream) throws Exception {
    String body = "{\"model\":\"" + model + "\",\"max_tokens\":44,\"stream\":" + stream
        + (stream ? ",\"stream_options\":{\"include_usage\":true}" : "")
        + ",\"messages\":[{\"role\":\"user\",\"content\":\"Why is the sky blue?\"}]}";
    return client.execute(SimpleRequestBuilder.post(PROVIDER.baseUrl() + "/v1/chat/completions")
        .setHeader("Authorization", "Bearer sk-canary-hc5-async")
        .setBody(body, ContentType.APPLICATION_JSON).build(), null).get(20, TimeUnit.SECONDS);
  }

  @Test
  void wholeAnswerBecomesAChatSpanWithRequestAndUsage() throws Exception {
    String model = uniqueModel("gpt-4o-mini-hc5-async");
    SimpleHttpResponse response = post(model, false);
    JsonNode answer = JSON.readTree(response.getBodyText());

    ReceivedSpan span = spanFor(model);
    assertEquals(200, response.getCode());
    assertEquals("chat " + model, span.name());
    assertEquals(44L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(answer.path("id").asText(), span.stringAttr("gen_ai.response.id"));
    assertEquals(answer.path("usage").path("prompt_tokens").asLong(), span.longAttr("gen_ai.usage.input_tokens"));
    assertEquals("success", span.stringAttr("driftwatch.outcome"));
  }

  @Test
  void sseStreamGetsChunksUsageAndFinishReason() throws Exception {
    String model = uniqueModel("gpt-4o-mini-hc5-async-stream");
    PROVIDER.setCompletionText("Blue light scatters most.");
    SimpleHttpResponse response = post(model, true);

    ReceivedSpan span = spanFor(model);
    assertTrue(response.getBodyText().contains("[DONE]"), response.getBodyText());
    assertEquals(true, span.boolAttr("gen_ai.request.stream"));
    assertEquals(List.of("stop"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals("provider", span.stringAttr("driftwatch.stream.usage"));
    assertEquals((long) "Blue light scatters most.".length(), span.longAttr("driftwatch.output.length"));
    assertEquals("completed", span.stringAttr("driftwatch.response.outcome"));
  }
}

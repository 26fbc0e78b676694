package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.InternalServerException;
import com.openai.errors.RateLimitException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import io.driftwatch.samples.otlp.ReceivedMetric;
import io.driftwatch.samples.otlp.ReceivedSpan;
import io.driftwatch.samples.standin.CannedResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The official openai-java SDK (OkHttp transport), unmodified, with the agent attached. */
@Tag("conformance")
class OpenAiJavaSdkTest {

  private final OpenAIClient client = OpenAIOkHttpClient.builder()
      .baseUrl(PROVIDER.baseUrl() + "/v1")
      .apiKey("sk-canary-openai-0123456789")
      .maxRetries(0)
      .build();

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
  }

  private ChatCompletion chat(String model) {
    return client.chat().completions().create(ChatCompletionCreateParams.builder()
        .model(model)
        .addSystemMessage("You answer in one short sentence.")
        .addUserMessage("What is observability?")
        .maxCompletionTokens(64)
        .temperature(0.3)
        .build());
  }

  @Test
  void successfulChatBecomesOneClientSpanWithGenAiAttributes() {
    String model = uniqueModel("gpt-4o-mini");
    PROVIDER.setServedModelSuffix("-2024-07-18");
    ChatCompletion completion = chat(model);

    ReceivedSpan span = spanFor(model);
    assertEquals("chat " + model, span.name());
    assertEquals("CLIENT", span.kind());
    assertEquals("UNSET", span.statusCode());
    assertEquals("chat", span.stringAttr("gen_ai.operation.name"));
    assertEquals("openai", span.stringAttr("gen_ai.provider.name"));
    assertEquals("openai", span.stringAttr("gen_ai.system"));
    assertEquals(model + "-2024-07-18", span.stringAttr("gen_ai.response.model"));
    assertEquals(completion.id(), span.stringAttr("gen_ai.response.id"));
    assertEquals(List.of("stop"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals(64L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(0.3, span.doubleAttr("gen_ai.request.temperature"), 1e-9);
    assertEquals(completion.usage().orElseThrow().promptTokens(), span.longAttr("gen_ai.usage.input_tokens"));
    assertEquals(completion.usage().orElseThrow().completionTokens(), span.longAttr("gen_ai.usage.output_tokens"));
    assertEquals("127.0.0.1", span.stringAttr("server.address"));
    assertEquals((long) PROVIDER.port(), span.longAttr("server.port"));
    assertEquals(200L, span.longAttr("http.response.status_code"));
    assertEquals("driftwatch-it", span.resourceAttributes().get("service.name"));
    assertTrue(span.endEpochNanos() > span.startEpochNanos());
  }

  @Test
  void durationAndTokenMetricsCarryTheSemconvAttributes() {
    String model = uniqueModel("gpt-4o-metrics");
    chat(model);

    ReceivedMetric duration = RECEIVER.awaitMetric("gen_ai.client.operation.duration",
        m -> model.equals(m.stringAttr("gen_ai.request.model")), WAIT);
    assertEquals("s", duration.unit());
    assertEquals("HISTOGRAM", duration.type());
    assertEquals(1, duration.count());
    assertEquals(List.of(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92),
        duration.explicitBounds());
    assertEquals("openai", duration.stringAttr("gen_ai.provider.name"));
    assertEquals("chat", duration.stringAttr("gen_ai.operation.name"));
    assertNull(duration.stringAttr("error.type"));

    ReceivedMetric input = RECEIVER.awaitMetric("gen_ai.client.token.usage",
        m -> model.equals(m.stringAttr("gen_ai.request.model")) && "input".equals(m.stringAttr("gen_ai.token.type")), WAIT);
    assertEquals("{token}", input.unit());
    assertTrue(input.sum() >= 1);
    RECEIVER.awaitMetric("gen_ai.client.token.usage",
        m -> model.equals(m.stringAttr("gen_ai.request.model")) && "output".equals(m.stringAttr("gen_ai.token.type")), WAIT);
  }

  @Test
  void rateLimitedCallIsAnErrorSpanWithStatusAndProviderErrorType() {
    String model = uniqueModel("gpt-4o-429");
    PROVIDER.enqueue(CannedResponse.openAiRateLimited());
    assertThrows(RateLimitException.class, () -> chat(model));

    ReceivedSpan span = spanFor(model);
    assertEquals("ERROR", span.statusCode());
    assertEquals("429", span.stringAttr("error.type"));
    assertEquals(429L, span.longAttr("http.response.status_code"));
    assertEquals("rate_limit_exceeded", span.stringAttr("driftwatch.provider.error_type"));
    RECEIVER.awaitMetric("gen_ai.client.operation.duration",
        m -> model.equals(m.stringAttr("gen_ai.request.model")) && "429".equals(m.stringAttr("error.type")), WAIT);
  }

  @Test
  void serverErrorIsAnErrorSpan() {
    String model = uniqueModel("gpt-4o-500");
    PROVIDER.enqueue(CannedResponse.serverError());
    assertThrows(InternalServerException.class, () -> chat(model));

    ReceivedSpan span = spanFor(model);
    assertEquals("ERROR", span.statusCode());
    assertEquals("500", span.stringAttr("error.type"));
  }

  @Test
  void responsesApiCallIsAChatSpan() {
    String model = uniqueModel("gpt-4.1-mini");
    Response response = client.responses().create(ResponseCreateParams.builder()
        .model(model)
        .input("Say hello")
        .maxOutputTokens(32L)
        .build());

    ReceivedSpan span = spanFor(model);
    assertEquals("chat " + model, span.name());
    assertEquals(response.id(), span.stringAttr("gen_ai.response.id"));
    assertEquals(32L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(List.of("stop"), span.listAttr("gen_ai.response.finish_reasons"));
    assertTrue(span.longAttr("gen_ai.usage.output_tokens") > 0);
  }
}

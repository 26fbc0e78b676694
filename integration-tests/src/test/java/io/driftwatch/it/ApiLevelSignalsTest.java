package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.RateLimitException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.driftwatch.samples.otlp.ReceivedMetric;
import io.driftwatch.samples.otlp.ReceivedSpan;
import io.driftwatch.samples.standin.CannedResponse;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Outcome classes, retries, quota headroom and cost, from real openai-java calls. */
@Tag("conformance")
class ApiLevelSignalsTest {

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
  }

  private static OpenAIClient client(int maxRetries) {
    return OpenAIOkHttpClient.builder()
        .baseUrl(PROVIDER.baseUrl() + "/v1").apiKey("sk-canary-api").maxRetries(maxRetries).build();
  }

  private static void chat(OpenAIClient client, String model) {
    client.chat().completions().create(ChatCompletionCreateParams.builder().model(model).addUserMessage("hi").build());
  }

  private static ReceivedMetric callsWithOutcome(String model, String outcome) {
    return RECEIVER.awaitMetric("driftwatch.llm.calls", m -> model.equals(m.stringAttr("gen_ai.request.model"))
        && outcome.equals(m.stringAttr("driftwatch.outcome")), WAIT);
  }

  @Test
  void rateLimitIsCountedAndItsHeadersBecomeQuotaGauges() {
    String model = uniqueModel("gpt-4o-quota");
    PROVIDER.enqueue(CannedResponse.openAiRateLimited());
    assertThrows(RateLimitException.class, () -> chat(client(0), model));

    assertEquals("rate_limited", spanFor(model).stringAttr("driftwatch.outcome"));
    assertEquals(1.0, callsWithOutcome(model, "rate_limited").value());
    ReceivedMetric remaining = RECEIVER.awaitMetric("driftwatch.llm.ratelimit.remaining_requests",
        m -> model.equals(m.stringAttr("gen_ai.request.model")), WAIT);
    assertEquals(0.0, remaining.value());
    ReceivedMetric retryAfter = RECEIVER.awaitMetric("driftwatch.llm.ratelimit.retry_after",
        m -> model.equals(m.stringAttr("gen_ai.request.model")), WAIT);
    assertEquals("s", retryAfter.unit());
    assertEquals(1.0, retryAfter.value());
  }

  @Test
  void authFailureIsItsOwnOutcome() {
    String model = uniqueModel("gpt-4o-401");
    PROVIDER.enqueue(CannedResponse.json(401,
        "{\"error\":{\"message\":\"Incorrect API key\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}"));
    assertThrows(UnauthorizedException.class, () -> chat(client(0), model));

    callsWithOutcome(model, "auth_failure");
    assertEquals("invalid_api_key", spanFor(model).stringAttr("driftwatch.provider.error_type"));
  }

  @Test
  void sdkRetryAfterRateLimitIsCountedFromTheRetryHeader() {
    String model = uniqueModel("gpt-4o-retried");
    PROVIDER.enqueue(CannedResponse.openAiRateLimited());
    chat(client(1), model); // first attempt 429, the SDK waits retry-after and retries

    List<ReceivedSpan> spans = RECEIVER.awaitSpans(s -> model.equals(s.stringAttr("gen_ai.request.model")), 2, WAIT);
    assertEquals(2, spans.size());
    assertTrue(spans.stream().anyMatch(s -> Long.valueOf(1).equals(s.longAttr("driftwatch.retry.count"))));
    RECEIVER.awaitMetric("driftwatch.llm.retries", m -> model.equals(m.stringAttr("gen_ai.request.model"))
        && "sdk_header".equals(m.stringAttr("driftwatch.retry.source")), WAIT);
    callsWithOutcome(model, "success");
  }

  @Test
  void identicalHealthyCallsAreNotRetries() {
    String model = uniqueModel("gpt-4o-same-prompt");
    OpenAIClient client = client(1);
    chat(client, model); // the same body twice, both answered
    chat(client, model);

    // A call's metrics are recorded together, so the export that shows both calls would show their retries too.
    RECEIVER.awaitMetric("driftwatch.llm.calls", m -> model.equals(m.stringAttr("gen_ai.request.model"))
        && "success".equals(m.stringAttr("driftwatch.outcome")) && m.value() == 2.0, WAIT);
    assertTrue(RECEIVER.metrics().stream().noneMatch(m -> m.name().equals("driftwatch.llm.retries")
        && model.equals(m.stringAttr("gen_ai.request.model"))), "two healthy identical calls counted as a retry");
  }

  @Test
  void applicationRepeatingARequestAfterAServerErrorIsARetry() {
    String model = uniqueModel("gpt-4o-5xx-repeated");
    OpenAIClient client = client(0); // no SDK retries: the application sends the same request again itself
    PROVIDER.enqueue(CannedResponse.serverError());
    assertThrows(RuntimeException.class, () -> chat(client, model));
    chat(client, model);

    RECEIVER.awaitMetric("driftwatch.llm.retries", m -> model.equals(m.stringAttr("gen_ai.request.model"))
        && "repeated_request".equals(m.stringAttr("driftwatch.retry.source")) && m.value() == 1.0, WAIT);
    callsWithOutcome(model, "server_error");
  }

  @Test
  void pricedModelGetsACostAndUnknownModelIsCountedUnpriced() {
    String priced = "gpt-4o-mini";
    PROVIDER.setServedModelSuffix("-2024-07-18");
    chat(client(0), priced);
    ReceivedSpan span = RECEIVER.awaitSpans(s -> priced.equals(s.stringAttr("gen_ai.request.model")), 1, WAIT).get(0);
    double expected = (span.longAttr("gen_ai.usage.input_tokens") * 0.15 + span.longAttr("gen_ai.usage.output_tokens") * 0.60) / 1e6;
    assertEquals(expected, span.doubleAttr("driftwatch.cost"), 1e-12);

    String unknown = uniqueModel("in-house-model");
    chat(client(0), unknown);
    assertEquals(null, spanFor(unknown).doubleAttr("driftwatch.cost"));
    RECEIVER.awaitMetric("driftwatch.llm.unpriced_calls", m -> unknown.equals(m.stringAttr("gen_ai.request.model")), WAIT);
  }
}

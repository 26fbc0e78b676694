package io.driftwatch.samples.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CannedResponseTest {

  private static final String CHAT = "/v1/chat/completions";
  private static final String ASK = "{\"model\":\"gpt-4o\",\"messages\":[]}";

  private final ProviderStandIn standIn = ProviderStandIn.start();

  @AfterEach
  void stop() {
    standIn.close();
  }

  @Test
  void enqueuedAnswerIsServedOnceWhateverThePath() {
    standIn.enqueue(CannedResponse.of(418, "text/plain",
        "teapot".getBytes(StandardCharsets.UTF_8), Map.of("x-custom", "yes")));

    HttpResponse<String> canned = PlainHttp.get(standIn, "/anything");
    HttpResponse<String> after = PlainHttp.post(standIn, CHAT, ASK);

    assertEquals(418, canned.statusCode());
    assertEquals("teapot", canned.body());
    assertEquals("yes", canned.headers().firstValue("x-custom").orElseThrow());
    assertEquals(200, after.statusCode());
  }

  @Test
  void timesRepeatsTheAnswerThenTheQueueMovesOn() {
    standIn.enqueue(CannedResponse.serverError().times(2));
    standIn.enqueue(CannedResponse.notJson());

    assertEquals(500, PlainHttp.post(standIn, CHAT, ASK).statusCode());
    assertEquals(500, PlainHttp.post(standIn, CHAT, ASK).statusCode());
    HttpResponse<String> html = PlainHttp.post(standIn, CHAT, ASK);
    assertEquals(200, html.statusCode());
    assertTrue(html.headers().firstValue("content-type").orElseThrow().startsWith("text/html"));
    assertTrue(html.body().startsWith("<!DOCTYPE html>"));
    assertTrue(PlainHttp.post(standIn, CHAT, ASK).body().contains("chat.completion"));
  }

  @Test
  void chunkedBodyArrivesWholeWithoutContentLengthAndTakesItsTime() {
    String json = "{\"hello\":\"world, in several small pieces\"}";
    standIn.enqueue(CannedResponse.json(200, json).withChunkedBody(10, 40));

    long started = System.nanoTime();
    HttpResponse<String> response = PlainHttp.post(standIn, CHAT, ASK);
    long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

    assertEquals(json, response.body());
    assertEquals("chunked", response.headers().firstValue("transfer-encoding").orElseThrow());
    assertFalse(response.headers().firstValue("content-length").isPresent());
    assertTrue(elapsedMillis >= 4 * 40, "5 pieces, 4 pauses; took " + elapsedMillis + " ms");
  }

  @Test
  void defaultAnswersHaveAContentLength() {
    HttpResponse<String> response = PlainHttp.post(standIn, CHAT, ASK);

    assertEquals(String.valueOf(response.body().getBytes(StandardCharsets.UTF_8).length),
        response.headers().firstValue("content-length").orElseThrow());
  }

  @Test
  void rateLimitAnswersCarryTheProvidersHeadersAndBodies() {
    standIn.enqueue(CannedResponse.openAiRateLimited());
    standIn.enqueue(CannedResponse.anthropicRateLimited());

    HttpResponse<String> openAi = PlainHttp.post(standIn, CHAT, ASK);
    HttpResponse<String> anthropic = PlainHttp.post(standIn, "/v1/messages", ASK);

    assertEquals(429, openAi.statusCode());
    assertEquals("1", openAi.headers().firstValue("retry-after").orElseThrow());
    assertEquals("0", openAi.headers().firstValue("x-ratelimit-remaining-requests").orElseThrow());
    assertEquals("0", openAi.headers().firstValue("x-ratelimit-remaining-tokens").orElseThrow());
    assertTrue(openAi.body().contains("\"code\":\"rate_limit_exceeded\""));
    assertTrue(openAi.body().contains("\"type\":\"requests\""));
    assertEquals(429, anthropic.statusCode());
    assertEquals("0",
        anthropic.headers().firstValue("anthropic-ratelimit-requests-remaining").orElseThrow());
    assertTrue(anthropic.body().startsWith("{\"type\":\"error\""));
    assertTrue(anthropic.body().contains("\"rate_limit_error\""));
  }

  @Test
  void invalidArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> CannedResponse.json(200, "{}").times(0));
    assertThrows(IllegalArgumentException.class,
        () -> CannedResponse.json(200, "{}").withChunkedBody(0, 1));
    assertThrows(IllegalArgumentException.class, () -> CannedResponse.json(99, "{}"));
  }

  /** A planner answers each request from the request itself, after anything queued, until reset. */
  @Test
  void queuedAnswersComeFirstThenThePlannerThenAfterResetTheDefault() {
    standIn.enqueue(CannedResponse.json(200, "{\"queued\":true}"));
    standIn.answerEach(request -> request.bodyText().contains("refuse")
        ? CannedResponse.json(200, "{\"planned\":\"refusal\"}") : null);

    String queued = PlainHttp.post(standIn, CHAT, "{\"model\":\"m\",\"messages\":[],\"q\":\"refuse\"}").body();
    String planned = PlainHttp.post(standIn, CHAT, "{\"model\":\"m\",\"messages\":[],\"q\":\"refuse\"}").body();
    String unplanned = PlainHttp.post(standIn, CHAT, "{\"model\":\"m\",\"messages\":[]}").body();
    standIn.reset();
    String afterReset = PlainHttp.post(standIn, CHAT, "{\"model\":\"m\",\"messages\":[],\"q\":\"refuse\"}").body();

    assertEquals("{\"queued\":true}", queued);
    assertEquals("{\"planned\":\"refusal\"}", planned);
    assertTrue(unplanned.contains("chat.completion"), unplanned);
    assertTrue(afterReset.contains("chat.completion"), afterReset);
  }
}

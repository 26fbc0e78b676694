package io.driftwatch.samples.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What goes over the wire when nothing is queued: paths, headers, and the SSE framing. */
class DefaultAnswersTest {

  private final ProviderStandIn standIn = ProviderStandIn.start();

  @AfterEach
  void stop() {
    standIn.close();
  }

  @Test
  void unknownPathsAndMethodsGetAnOpenAiShaped404() {
    HttpResponse<String> unknown = PlainHttp.post(standIn, "/v1/unknown", "{}");
    HttpResponse<String> wrongMethod = PlainHttp.get(standIn, "/v1/chat/completions");

    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("\"error\":{\"message\":\"Invalid URL (POST /v1/unknown)\""));
    assertEquals(404, wrongMethod.statusCode());
  }

  @Test
  void aBodyThatIsNotJsonGetsA400() {
    HttpResponse<String> response = PlainHttp.post(standIn, "/v1/chat/completions", "hello?");

    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("invalid_request_error"));
  }

  @Test
  void gatewayPrefixesBeforeChatCompletionsAreServed() {
    HttpResponse<String> response = PlainHttp.post(standIn,
        "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21", "{\"model\":\"m\"}");

    assertEquals(200, response.statusCode());
    assertEquals("api-version=2024-10-21", standIn.requests().get(0).query());
  }

  @Test
  void successfulAnswersCarryProviderHeaders() {
    HttpResponse<String> openAi = PlainHttp.post(standIn, "/v1/chat/completions", "{}");
    HttpResponse<String> anthropic = PlainHttp.post(standIn, "/v1/messages", "{}");

    assertEquals("application/json", openAi.headers().firstValue("content-type").orElseThrow());
    assertEquals("req_standin_1", openAi.headers().firstValue("x-request-id").orElseThrow());
    assertTrue(openAi.headers().firstValue("openai-processing-ms").isPresent());
    assertTrue(openAi.headers().firstValue("x-ratelimit-remaining-tokens").isPresent());
    assertTrue(openAi.body().contains("\"model\":\"" + ProviderRequest.UNNAMED_MODEL + "\""));
    assertEquals("req_standin_2", anthropic.headers().firstValue("request-id").orElseThrow());
    assertTrue(anthropic.headers().firstValue("anthropic-ratelimit-requests-remaining")
        .isPresent());
  }

  @Test
  void openAiStreamsAreDataOnlyEventsEndingInDone() {
    standIn.setCompletionText("Hi there");
    String body = PlainHttp.post(standIn, "/v1/chat/completions", "{\"stream\":true}").body();

    List<String> events = List.of(body.split("\n\n"));
    assertEquals(5, events.size(), "role, two words, finish, [DONE]: " + body);
    assertTrue(events.stream().allMatch(event -> event.startsWith("data: ")));
    assertEquals("data: [DONE]", events.get(4));
    assertTrue(events.get(2).contains("\"content\":\" there\""));
  }

  @Test
  void anthropicStreamsNameEveryEvent() {
    standIn.setCompletionText("Hi there");
    String body = PlainHttp.post(standIn, "/v1/messages", "{\"stream\":true}").body();

    List<String> names = List.of(body.split("\n\n")).stream()
        .map(event -> event.substring("event: ".length(), event.indexOf('\n')))
        .toList();
    assertEquals(List.of("message_start", "content_block_start", "ping", "content_block_delta",
        "content_block_delta", "content_block_stop", "message_delta", "message_stop"), names);
  }

  @Test
  void resetForgetsRequestsQueueAndSettings() {
    standIn.setCompletionText("changed");
    standIn.setServedModelSuffix("-x");
    standIn.enqueue(CannedResponse.serverError());
    PlainHttp.post(standIn, "/v1/chat/completions", "{}");
    standIn.enqueue(CannedResponse.serverError());

    standIn.reset();
    HttpResponse<String> response =
        PlainHttp.post(standIn, "/v1/chat/completions", "{\"model\":\"m\"}");

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains(StandInSettings.DEFAULT_COMPLETION_TEXT));
    assertTrue(response.body().contains("\"model\":\"m\""));
    assertEquals(1, standIn.requests().size());
    assertNull(standIn.requests().get(0).query());
  }
}

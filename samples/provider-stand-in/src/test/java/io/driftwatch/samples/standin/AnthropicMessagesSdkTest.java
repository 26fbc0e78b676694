package io.driftwatch.samples.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.anthropic.client.AnthropicClient;
import com.anthropic.errors.RateLimitException;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnthropicMessagesSdkTest {

  private final ProviderStandIn standIn = ProviderStandIn.start();
  private final AnthropicClient client = SdkClients.anthropic(standIn);

  @AfterEach
  void stop() {
    client.close();
    standIn.close();
  }

  private static MessageCreateParams ask(String question) {
    return MessageCreateParams.builder()
        .model("claude-sonnet-4-5")
        .maxTokens(256)
        .addUserMessage(question)
        .build();
  }

  private static String textOf(Message message) {
    return message.content().get(0).text().get().text();
  }

  @Test
  void sdkReadsTheMessageTextModelAndUsage() {
    standIn.setCompletionText("Bonjour from the stand-in.");
    standIn.setServedModelSuffix("-20250929");

    Message message = client.messages().create(ask("Say hello in French"));

    assertEquals("Bonjour from the stand-in.", textOf(message));
    assertEquals("claude-sonnet-4-5-20250929", message.model().asString());
    assertEquals("msg_standin_1", message.id());
    assertEquals(StopReason.END_TURN, message.stopReason().get());
    assertEquals(4, message.usage().outputTokens());
    assertEquals(standIn.requests().get(0).bodyText().length() / 4,
        message.usage().inputTokens());
  }

  @Test
  void requestBodyAndHeadersAreRecorded() {
    client.messages().create(ask("Say hello in French"));

    RecordedRequest request = standIn.requests().get(0);
    assertEquals("/v1/messages", request.path());
    assertTrue(request.bodyText().contains("Say hello in French"));
    // anthropic-java 3.x sends apiKey(...) as a bearer token, not as x-api-key.
    assertEquals("Bearer test", request.header("authorization"));
    assertTrue(request.header("anthropic-version") != null);
  }

  @Test
  void streamedMessageAccumulatesToTheSameTextAndUsage() {
    standIn.setCompletionText("Bonjour from the stand-in.");
    List<RawMessageStreamEvent> events = new ArrayList<>();
    MessageAccumulator accumulator = MessageAccumulator.create();

    try (var stream = client.messages().createStreaming(ask("Say hello in French"))) {
      stream.stream().forEach(event -> events.add(accumulator.accumulate(event)));
    }

    Message message = accumulator.message();
    assertEquals("Bonjour from the stand-in.", textOf(message));
    assertEquals(4, message.usage().outputTokens());
    assertEquals(StopReason.END_TURN, message.stopReason().get());
    assertEquals(4, events.stream().filter(RawMessageStreamEvent::isContentBlockDelta).count());
  }

  @Test
  void cannedRateLimitSurfacesAsTheSdksRateLimitException() {
    standIn.enqueue(CannedResponse.anthropicRateLimited());

    RateLimitException error = assertThrows(RateLimitException.class,
        () -> client.messages().create(ask("Hi")));

    assertEquals(429, error.statusCode());
    assertEquals(1, standIn.requests().size());
  }
}

package io.driftwatch.samples.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A planner answers each request from the request itself, after anything queued, until reset. */
class PlannedAnswersTest {

  private static final String CHAT = "/v1/chat/completions";

  private final ProviderStandIn standIn = ProviderStandIn.start();

  @AfterEach
  void close() {
    standIn.close();
  }

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

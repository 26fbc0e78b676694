package io.driftwatch.genai.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link GenAiCall#seal}: what a hostile provider put in ids, error types and numbers is bounded and counted. */
class HostileValuesTest {

  private final Map<String, Integer> drops = new HashMap<>();

  private void seal(GenAiCall call) {
    call.seal((reason, message) -> drops.merge(reason, 1, Integer::sum));
  }

  @Test
  void longModelsAndIdsAreCut() {
    GenAiCall call = new GenAiCall();
    call.responseModel = "m".repeat(400 * 1024);
    call.responseId = "i".repeat(300);
    call.requestModel = "gpt-4o";
    seal(call);
    assertEquals(GenAiCall.MAX_IDENTIFIER_CHARS, call.responseModel.length());
    assertTrue(call.responseModel.endsWith("..."));
    assertEquals(GenAiCall.MAX_IDENTIFIER_CHARS, call.responseId.length());
    assertEquals("gpt-4o", call.requestModel);
    assertEquals(1, drops.get(GenAiCall.VALUE_TOO_LONG), "once per call");
  }

  @Test
  void anErrorTypeThatIsNotAShortTokenBecomesInvalid() {
    GenAiCall call = new GenAiCall();
    call.providerErrorType = "sk-proj-abcdefghijklmnopqrstuvwxyz is not valid";
    seal(call);
    assertEquals(GenAiCall.INVALID, call.providerErrorType);
    assertEquals(1, drops.get(GenAiCall.INVALID_ERROR_TYPE));

    GenAiCall fine = new GenAiCall();
    fine.providerErrorType = "rate_limit_exceeded";
    seal(fine);
    assertEquals("rate_limit_exceeded", fine.providerErrorType);
    assertEquals(1, drops.get(GenAiCall.INVALID_ERROR_TYPE));
  }

  @Test
  void negativeHugeAndNonFiniteNumbersAreDropped() {
    GenAiCall call = new GenAiCall();
    call.inputTokens = Long.MIN_VALUE;
    call.outputTokens = 5_000_000_000_000L;
    call.cacheReadInputTokens = -1L;
    call.reasoningOutputTokens = 12L;
    call.temperature = Double.POSITIVE_INFINITY;
    call.topP = Double.NaN;
    call.maxTokens = -5L;
    seal(call);
    assertNull(call.inputTokens);
    assertNull(call.outputTokens);
    assertNull(call.cacheReadInputTokens);
    assertEquals(12L, call.reasoningOutputTokens);
    assertNull(call.temperature);
    assertNull(call.topP);
    assertNull(call.maxTokens);
    assertEquals(1, drops.get(GenAiCall.INVALID_NUMBER));
  }

  @Test
  void anImpossiblePartMakesAnImpossibleSumNeverAPlausibleOne() {
    assertEquals(15L, GenAiCall.tokenSum(10L, null, 5L));
    assertNull(GenAiCall.tokenSum(null, null));
    assertEquals(-1L, GenAiCall.tokenSum(Long.MIN_VALUE, Long.MAX_VALUE, 1L), "wraps to 0 when added naively");
    assertEquals(-1L, GenAiCall.tokenSum(-5L, 10L));
    GenAiCall call = new GenAiCall();
    call.inputTokens = GenAiCall.tokenSum(Long.MAX_VALUE, Long.MAX_VALUE, 2L);
    seal(call);
    assertNull(call.inputTokens);
    assertEquals(1, drops.get(GenAiCall.INVALID_NUMBER));
  }

  @Test
  void aCallWithinEveryBoundCountsNothing() {
    GenAiCall call = new GenAiCall();
    call.responseModel = "gpt-4o-2024-08-06";
    call.inputTokens = 10L;
    call.finishReasons.add("stop");
    seal(call);
    assertEquals(Map.of(), drops);
  }
}

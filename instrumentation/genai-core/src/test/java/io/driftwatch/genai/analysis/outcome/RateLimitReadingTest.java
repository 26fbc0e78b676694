package io.driftwatch.genai.analysis.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.driftwatch.genai.exchange.ResponseHeaders;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitReadingTest {

  @Test
  void impossibleHeaderValuesAreDroppedAndCounted() {
    List<String> drops = new ArrayList<>();
    RateLimitReading reading = RateLimitReading.of(headers("-9223372036854775808", "99999999999999999", "Infinity"),
        (reason, message) -> drops.add(reason));
    assertEquals(new RateLimitReading(null, null, null), reading);
    assertEquals(List.of("invalid_number", "invalid_number", "invalid_number"), drops);
    assertNull(RateLimitReading.of(headers("1", "2", "-1e308"), (r, m) -> drops.add(r)).retryAfterSeconds());
    assertNull(RateLimitReading.of(headers("1", "2", "NaN"), (r, m) -> drops.add(r)).retryAfterSeconds());
    assertEquals(new RateLimitReading(7L, 1000L, 1.5), RateLimitReading.of(headers("7", "1000", "1.5")));
  }

  private static ResponseHeaders headers(String requests, String tokens, String retryAfter) {
    return new ResponseHeaders("application/json", null, requests, tokens, retryAfter);
  }
}

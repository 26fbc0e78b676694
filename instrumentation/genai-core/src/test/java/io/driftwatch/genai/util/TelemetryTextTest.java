package io.driftwatch.genai.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class TelemetryTextTest {

  private static final String KEY = "AIzaSyDUMMY0123456789abcdefghijklmnopq";

  /** A query runs to the next whitespace, quote or angle bracket: the whole rest of the URL goes. */
  @Test
  void urlsInsideAMessageLoseTheirQueryStrings() {
    String message = "Circular redirect to 'https://generativelanguage.googleapis.com/v1beta/models/g:generateContent?key="
        + KEY + "&hop=1' (and http://127.0.0.1:8080/x?token=abc#frag and more)";
    assertEquals("Circular redirect to 'https://generativelanguage.googleapis.com/v1beta/models/g:generateContent'"
        + " (and http://127.0.0.1:8080/x and more)", TelemetryText.stripQueries(message));
  }

  @Test
  void credentialParametersOutsideAUrlAreMasked() {
    assertEquals("bad request: key=[REDACTED] api_key=[REDACTED]",
        TelemetryText.stripQueries("bad request: key=" + KEY + " api_key=xyz"));
    assertEquals("no url here", TelemetryText.stripQueries("no url here"));
  }

  @Test
  void aFailureMessageIsStrippedAndCapped() {
    IOException failure = new IOException("GET https://h/p?key=" + KEY + " failed: " + "x".repeat(100_000));
    String text = TelemetryText.failureMessage(failure);
    assertFalse(text.contains(KEY), text);
    assertTrue(text.length() <= TelemetryText.MAX_MESSAGE_CHARS, "length " + text.length());
    assertTrue(text.startsWith("GET https://h/p failed: "), text);
    assertEquals("java.io.IOException", TelemetryText.failureMessage(new IOException()));
  }

  @Test
  void capNeverSplitsASurrogatePair() {
    String text = "a".repeat(8) + "\uD83D\uDE00" + "b".repeat(10);
    String capped = TelemetryText.cap(text, 12);
    assertFalse(Character.isHighSurrogate(capped.charAt(capped.length() - 4)), capped);
    assertEquals("ab", TelemetryText.withoutQuery("ab?key=1"));
  }
}

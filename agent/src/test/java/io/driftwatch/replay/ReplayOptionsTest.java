package io.driftwatch.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line: what it takes, and what it says when it cannot. */
class ReplayOptionsTest {

  @Test
  void thresholdsOverrideOnlyWhatIsNamed() {
    Thresholds thresholds = Thresholds.parse(Thresholds.DEFAULTS, "refusal=0.05, similarity=0.3");

    assertEquals(0.05, thresholds.refusal());
    assertEquals(0.3, thresholds.similarity());
    assertEquals(Thresholds.DEFAULTS.length(), thresholds.length());
  }

  @Test
  void anUnknownThresholdNamesTheOnesThereAre() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> Thresholds.parse(Thresholds.DEFAULTS, "latency=0.2"));

    assertTrue(error.getMessage().contains("refusal") && error.getMessage().contains("latency=0.2"), error.getMessage());
  }

  @Test
  void optionsAreRead() {
    ReplayOptions options = ReplayOptions.parse(new String[] {"replay", "--set", "s", "--endpoint",
        "http://127.0.0.1:8080", "--model", "gpt-4o-mini-2024-07-18", "--sample", "5", "--no-telemetry"});

    assertEquals("127.0.0.1", options.endpoint().getHost());
    assertEquals("gpt-4o-mini-2024-07-18", options.model());
    assertEquals(5, options.sample());
    assertEquals(false, options.telemetry());
  }

  @Test
  void aMissingOrBadOptionExitsTwoWithTheReason() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);

    int missing = ReplayCommand.run(new String[] {"replay", "--endpoint", "http://127.0.0.1:1"}, System.out, errors, false);
    int badUrl = ReplayCommand.run(new String[] {"replay", "--set", "s", "--endpoint", "127.0.0.1"}, System.out, errors,
        false);

    assertEquals(2, missing);
    assertEquals(2, badUrl);
    String text = err.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("--set and --endpoint are required") && text.contains("--endpoint needs an http(s) URL"),
        text);
  }
}

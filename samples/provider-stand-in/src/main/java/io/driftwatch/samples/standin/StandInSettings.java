package io.driftwatch.samples.standin;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/** What a test can change about default answers, plus the counter that makes ids unique. */
final class StandInSettings {

  static final String DEFAULT_COMPLETION_TEXT =
      "Hello! This is the provider stand-in, happy to help.";

  private volatile String servedModelSuffix = "";
  private volatile String completionText = DEFAULT_COMPLETION_TEXT;
  private final AtomicLong answersGiven = new AtomicLong();

  String servedModelSuffix() {
    return servedModelSuffix;
  }

  void servedModelSuffix(String suffix) {
    this.servedModelSuffix = Objects.requireNonNull(suffix, "suffix");
  }

  String completionText() {
    return completionText;
  }

  void completionText(String text) {
    this.completionText = Objects.requireNonNull(text, "text");
  }

  /** 1 for the first default answer, 2 for the next, ...; used in ids. */
  long nextSequence() {
    return answersGiven.incrementAndGet();
  }

  void reset() {
    servedModelSuffix = "";
    completionText = DEFAULT_COMPLETION_TEXT;
    answersGiven.set(0);
  }
}

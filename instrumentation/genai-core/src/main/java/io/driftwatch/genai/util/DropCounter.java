package io.driftwatch.genai.util;

/** Counts telemetry the agent had to give up on, with a reason; logs the first of each reason once. */
@FunctionalInterface
public interface DropCounter {
  DropCounter IGNORE = (reason, firstTimeMessage) -> {};

  void count(String reason, String firstTimeMessage);
}

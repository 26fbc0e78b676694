package io.driftwatch.samples.support;

import java.util.List;

/** The customer questions the app asks in turn when told to make calls, like a steady trickle of tickets. */
public final class SupportQuestions {

  private static final List<String> QUESTIONS = List.of(
      "How do I get back a file I deleted last week?",
      "My sync icon has been paused all morning, what should I check?",
      "Can I share a folder so that people can only look at the files?",
      "How do I switch my plan from monthly to yearly billing?",
      "I lost my phone with the authenticator app. How do I get into my account?",
      "Does the desktop client work on Ubuntu?",
      "A colleague deleted a file in our shared folder. Can I restore it myself?",
      "Why are some of my very large video files not syncing?",
      "Can I password-protect a share link and make it expire after a week?",
      "Where do I find my invoices, and can they go to our accounting team's address?",
      "Can our Team admin force everyone to use two-step verification?",
      "How can I keep some folders online only so they don't fill up my laptop?");

  private SupportQuestions() {}

  public static List<String> all() {
    return QUESTIONS;
  }

  /** The question for the n-th call (0-based), cycling through the list. */
  public static String forCall(int n) {
    return QUESTIONS.get(Math.floorMod(n, QUESTIONS.size()));
  }
}

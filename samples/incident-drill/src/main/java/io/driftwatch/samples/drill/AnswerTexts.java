package io.driftwatch.samples.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** What the scripted provider says: ordinary support answers, and the odd ones each fault needs. */
final class AnswerTexts {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> SUPPORT_SENTENCES = List.of(
      "You can restore it from Trash in the web app.",
      "Open Trash, select the file and choose Restore; it returns to its original folder.",
      "Check that the desktop client is signed in and that the disk has at least 1 GB free.",
      "Large files over 50 GB are skipped and listed under Activity > Skipped.",
      "Share the folder from its menu and pick viewer for each person.",
      "Share links can require a password and can expire on a date you choose.",
      "Switching to yearly billing takes effect at your next renewal.",
      "Invoices are under Settings > Billing and can go to a separate billing email.",
      "Team admins can require two-step verification for every member.",
      "Selective sync keeps chosen folders online only, so they use no space on your laptop.",
      "The desktop client supports current Ubuntu and Fedora releases.",
      "If that does not help, I can open a ticket for you.");

  /** What a model that was silently updated says: long, hedging, and no more useful. */
  static final String HEDGING = "That is a great question, and there are a few things that might be"
      + " worth considering here, although the right answer may depend on your particular setup."
      + " Generally speaking, it could be the case that the option you are looking for is available"
      + " somewhere in the settings, but this may vary between plans, versions and platforms, and it"
      + " is possible that some details have changed since the articles were written. You might want"
      + " to try looking through the relevant menus, and if that does not seem to work, it may"
      + " perhaps be worth reaching out to support, who could potentially help further. Please note"
      + " that this is general guidance only and may not fully apply to your situation; it is always"
      + " a good idea to double-check before making changes, as individual circumstances can differ"
      + " considerably and I would not want to give you an overly definitive answer here.";

  private static final List<String> REFUSALS = List.of(
      "I'm sorry, but I can't help with questions about this topic. Please contact support.",
      "I can't help with that request. Please reach out to the support team instead.");

  private static final List<String> BROKEN_JSON = List.of(
      "{\"answer\": \"Open Trash in the web app, select the file and",
      "Sure! Here is the answer: open Trash and choose Restore.",
      "{\"answer\": \"Share the folder from its menu.\", \"confidence\": \"very high\"}");

  private AnswerTexts() {}

  /** An ordinary answer of about {@code targetChars} characters, whole sentences, different for each n. */
  static String supportAnswer(int n, int targetChars) {
    StringBuilder text = new StringBuilder();
    for (int sentence = 0; text.length() < targetChars; sentence++) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(SUPPORT_SENTENCES.get(Math.floorMod(n * 5 + sentence, SUPPORT_SENTENCES.size())));
    }
    return text.toString();
  }

  /** The structured answer the app's schema asks for: {"answer": ..., "confidence": ...}. */
  static String structured(String answer) {
    ObjectNode node = JSON.createObjectNode().put("answer", answer).put("confidence", "high");
    return node.toString();
  }

  static String refusal(int n) {
    return REFUSALS.get(Math.floorMod(n, REFUSALS.size()));
  }

  /** Truncated JSON, prose instead of JSON, and a value outside the schema's enum, in turn. */
  static String brokenJson(int n) {
    return BROKEN_JSON.get(Math.floorMod(n, BROKEN_JSON.size()));
  }
}

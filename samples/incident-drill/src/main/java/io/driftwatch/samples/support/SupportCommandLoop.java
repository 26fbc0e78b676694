package io.driftwatch.samples.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The sample apps' stdin protocol, one command per line: {@code calls N} (answer N questions, one
 * output line each), {@code retrieval degraded|normal} (flip the retrieval-depth flag),
 * {@code prompt v1|v2}, {@code structured on|off}, {@code quit}. Every setting is acknowledged with
 * a line starting "ok:", every bad command with one starting "error:".
 */
public final class SupportCommandLoop {

  private final SupportAssistant assistant;
  private final RetrievalFlag retrievalFlag;
  private final OrderLookup orderLookup;
  private final PrintStream out;
  private String promptVersion = SystemPrompts.DEFAULT_VERSION;
  private boolean structured;
  private int callsMade;

  public SupportCommandLoop(SupportAssistant assistant, RetrievalFlag retrievalFlag, OrderLookup orderLookup,
      PrintStream out) {
    this.assistant = assistant;
    this.retrievalFlag = retrievalFlag;
    this.orderLookup = orderLookup;
    this.out = out;
  }

  /** Serves commands until {@code quit} or the end of input. */
  public void serve(BufferedReader commands) throws IOException {
    String line;
    while ((line = commands.readLine()) != null) {
      String[] words = line.trim().toLowerCase(Locale.ROOT).split("\\s+");
      if (words[0].isEmpty()) {
        continue;
      }
      if (words[0].equals("quit")) {
        out.println("bye");
        return;
      }
      try {
        execute(words[0], words.length > 1 ? words[1] : "");
      } catch (IllegalArgumentException e) {
        out.println("error: " + e.getMessage());
      }
    }
  }

  private void execute(String command, String argument) {
    switch (command) {
      case "calls" -> makeCalls(parseCount(argument));
      case "retrieval" -> {
        RetrievalDepth depth = switch (argument) {
          case "normal" -> RetrievalDepth.PARAGRAPHS;
          case "degraded" -> RetrievalDepth.ARTICLES;
          default -> throw new IllegalArgumentException("retrieval normal|degraded");
        };
        retrievalFlag.set(depth);
        out.println("ok: flag " + RetrievalFlag.KEY + " = " + depth.flagVariant());
      }
      case "prompt" -> {
        if (!SystemPrompts.exists(argument)) {
          throw new IllegalArgumentException("prompt v1|v2");
        }
        promptVersion = argument;
        out.println("ok: system prompt " + argument);
      }
      case "structured" -> {
        if (!argument.equals("on") && !argument.equals("off")) {
          throw new IllegalArgumentException("structured on|off");
        }
        structured = argument.equals("on");
        out.println("ok: structured " + argument);
      }
      default -> throw new IllegalArgumentException("unknown command: " + command);
    }
  }

  private void makeCalls(int count) {
    for (int i = 0; i < count; i++) {
      int n = ++callsMade;
      String orderFacts = orderLookup.factsFor(n);
      SupportAssistant.Outcome outcome = assistant.answer(SupportQuestions.forCall(n - 1), orderFacts, promptVersion,
          structured);
      String result = outcome.failure() == null
          ? outcome.answer().length() + " chars: " + preview(outcome.answer())
          : "failed: " + outcome.failure();
      out.println("call " + n + " prompt=" + promptVersion
          + " retrieval=" + outcome.depth().flagVariant() + "(" + outcome.chunks() + ")"
          + " structured=" + (structured ? "on" : "off")
          + (orderFacts == null ? "" : " order=" + (OrderLookup.UNAVAILABLE.equals(orderFacts) ? "failed" : "ok"))
          + " -> " + result);
    }
  }

  private static int parseCount(String text) {
    try {
      int count = Integer.parseInt(text);
      if (count >= 1) {
        return count;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new IllegalArgumentException("calls N, N >= 1");
  }

  private static String preview(String answer) {
    String flat = answer.replaceAll("\\s+", " ").trim();
    return flat.length() <= 40 ? flat : flat.substring(0, 40) + "...";
  }
}

package io.driftwatch.samples.drill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The first thing to do, in one line, for a triage outcome: the gist of the matching section of
 * otel-collector/RUNBOOK.md, sharpened by which signal moved. When the runbook is there and has the
 * section, the step names it so the reader can go on from there.
 */
final class RunbookSteps {

  static final String RUNBOOK = "otel-collector/RUNBOOK.md";

  private final String runbookText;

  private RunbookSteps(String runbookText) {
    this.runbookText = runbookText;
  }

  /** Reads the runbook under the project root, if there is one. */
  static RunbookSteps at(Path projectRoot) {
    Path file = projectRoot.resolve(RUNBOOK);
    if (!Files.isRegularFile(file)) {
      return new RunbookSteps("");
    }
    try {
      return new RunbookSteps(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * @param spanChanges what the spans say changed, for when the change counters cannot (an SDK
   *     whose request bodies the agent does not see has no prompt fingerprint)
   */
  String nextStep(TriageDomain domain, List<SignalRow> rows, List<SpanContext.Change> spanChanges) {
    return switch (domain) {
      case PROVIDER -> providerStep(rows);
      case PROMPT_MODEL -> promptOrModelStep(rows, spanChanges);
      case INFRASTRUCTURE_RETRIEVAL -> upstreamStep(rows);
      case NONE -> "Every signal is inside its band: nothing to do.";
    };
  }

  /** "otel-collector/RUNBOOK.md#provider" when the runbook has that section, else null. */
  String reference(TriageDomain domain) {
    return runbookText.contains("\n## " + domain.label() + "\n") ? RUNBOOK + "#" + domain.label() : null;
  }

  private static String promptOrModelStep(List<SignalRow> rows, List<SpanContext.Change> spanChanges) {
    if (happened(rows, Signal.PROMPT_CHANGES) || changedOnSpans(spanChanges, SpanContext.PROMPT_VERSION)) {
      return "A new prompt version came first: compare refusals and format by prompt version,"
          + " run the evaluation set, roll the prompt back.";
    }
    if (happened(rows, Signal.MODEL_CHANGES) || changedOnSpans(spanChanges, SpanContext.SERVED_MODEL)) {
      return "The served model changed with no change of ours: run the evaluation set, pin the"
          + " previous model snapshot, check the provider's changelog.";
    }
    return "Answers changed while the API is healthy: find what changed in prompts or model, run"
        + " the evaluation set, roll back.";
  }

  private static boolean changedOnSpans(List<SpanContext.Change> changes, String field) {
    return changes.stream().anyMatch(change -> change.field().equals(field));
  }

  /** By the failure that rose most: that is what the provider is doing to the calls. */
  private static String providerStep(List<SignalRow> rows) {
    Signal worst = rows.stream()
        .filter(r -> r.signal() == Signal.AUTH_FAILURE_RATIO || r.signal() == Signal.RATE_LIMITED_RATIO
            || r.signal() == Signal.SERVER_ERROR_RATIO)
        .max(java.util.Comparator.comparingDouble(SignalRow::rise)).map(SignalRow::signal).orElse(Signal.SERVER_ERROR_RATIO);
    if (worst == Signal.AUTH_FAILURE_RATIO) {
      return "Auth failures: the key was rotated, revoked or out of budget; check the mounted"
          + " secret and the provider console.";
    }
    if (worst == Signal.RATE_LIMITED_RATIO) {
      return "Rate limits: check quota headroom (requests and tokens per minute) and that retries"
          + " back off; fail over if it lasts 15 minutes.";
    }
    return "Provider 5xx: check the provider's status page; fail over to the secondary provider"
        + " if it does not recover in 15 minutes.";
  }

  /** By the direct evidence, when the store or a tool shows it, else from what the LLM calls show. */
  private static String upstreamStep(List<SignalRow> rows) {
    if (rows.stream().anyMatch(r -> r.signal() == Signal.TOOL_ERROR_RATIO && r.rise() > 0.1)) {
      return "An MCP tool fails while the model is fine: open its execute_tool spans (error.type), check"
          + " the tool's server, and whether answers now go out without its facts.";
    }
    if (rows.stream().anyMatch(r -> r.signal() == Signal.RETRIEVAL_BEST_DISTANCE_MEAN && r.rise() > 0.05)) {
      return "Retrieval finds worse matches: check the index's freshness and embedding model (the"
          + " collection on the retrieval spans), then chunks per query and recent flag changes.";
    }
    return "Answers are fine but prompts grew and slowed: check"
        + " retrieval (chunks per query, chunk size, index freshness) and recent flag changes.";
  }

  /** A change count that is above zero during the fault. */
  private static boolean happened(List<SignalRow> rows, Signal signal) {
    return rows.stream().anyMatch(row -> row.signal() == signal && row.during() != null && row.during() > 0);
  }
}

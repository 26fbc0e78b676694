package io.driftwatch.replay;

import io.driftwatch.agent.CommandSetup;
import io.driftwatch.genai.replay.ReplayCase;
import io.driftwatch.genai.util.DropCounter;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One replay: read the set, send each sampled case again, compare, print the tables. Exit code 0
 * when nothing diverged, 1 when something did, 2 when the replay could not be made.
 */
final class ReplayRun {

  static final int SAME = 0;
  static final int DIVERGED = 1;
  static final int FAILED = 2;

  private final ReplayOptions options;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  ReplayRun(ReplayOptions options, PrintStream out, PrintStream err, boolean terminal) {
    this.options = options;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  int run(CommandSetup setup) {
    Map<String, List<ReplayCase>> sampled = ReplaySetReader.sample(ReplaySetReader.read(options.set()),
        options.sample());
    String apiKey = null;
    if (options.apiKeyVariable() != null) {
      apiKey = System.getenv(options.apiKeyVariable());
      if (apiKey == null || apiKey.isBlank()) {
        throw new IllegalArgumentException("--api-key-env names " + options.apiKeyVariable() + ", which is not set");
      }
    }
    DropCounter drops = onceEach(err);
    ReplaySender sender = new ReplaySender(setup.settings(), options.endpoint(), options.model(), apiKey,
        options.timeout(), drops);
    EmbeddingsClient embeddings = options.embeddingsModel() == null ? null
        : new EmbeddingsClient(options.endpoint(), options.embeddingsModel(), apiKey, options.timeout());
    int total = sampled.values().stream().mapToInt(List::size).sum();
    out.printf("Replaying %d recorded calls from %s against %s (%s)%n", total, options.set(), options.endpoint(),
        options.model() == null ? "each with its recorded model" : "model " + options.model());
    Map<String, List<ReplayedCall>> replayed = new LinkedHashMap<>();
    ProgressBar progress = new ProgressBar(err, total, terminal);
    int done = 0;
    try (ReplayTelemetry telemetry = options.telemetry() ? new ReplayTelemetry(setup.telemetry(drops), drops) : null) {
      for (Map.Entry<String, List<ReplayCase>> key : sampled.entrySet()) {
        List<ReplayedCall> calls = new ArrayList<>();
        for (ReplayCase recorded : key.getValue()) {
          ReplayedCall call = sender.send(recorded);
          if (call.answered() && embeddings != null) {
            call = call.withCosine(embeddings.similarity(recorded.answer(), call.now().answer()));
          }
          if (call.answered() && telemetry != null) {
            telemetry.record(call, AnswerSimilarity.tokenF1(recorded.answer(), call.now().answer()),
                AnswerStructure.sameStructure(recorded.answer(), call.now().answer()));
          }
          calls.add(call);
          progress.advance(++done, recorded.promptVersion());
        }
        replayed.put(key.getKey(), calls);
      }
    }
    if (replayed.values().stream().flatMap(List::stream).noneMatch(ReplayedCall::answered)) {
      String first = replayed.values().stream().flatMap(List::stream).map(ReplayedCall::failure).findFirst().orElse("");
      err.println("replay: no call was answered: " + first);
      return FAILED;
    }
    return report(replayed);
  }

  private int report(Map<String, List<ReplayedCall>> replayed) {
    ReplayTables tables = new ReplayTables(out);
    List<String> modelDivergences = new ArrayList<>();
    for (List<ReplayedCall> calls : replayed.values()) {
      ReplayCase first = calls.get(0).recorded();
      List<SignalRow> rows = VersionComparison.rows(calls, options.thresholds(), options.embeddingsModel() != null);
      List<String> failures = calls.stream().filter(c -> !c.answered()).map(ReplayedCall::failure).toList();
      tables.versionTable(first.promptVersion(), first.provider(), first.model(), calls.size() - failures.size(),
          calls.size(), rows, failures);
      divergences(rows, "prompt version " + first.promptVersion(), modelDivergences);
    }
    List<String> promptDivergences = new ArrayList<>();
    for (List<List<ReplayedCall>> versions : byProviderAndModel(replayed).values()) {
      if (versions.size() < 2) {
        continue;
      }
      versions.sort(Comparator.comparing(ReplayRun::firstRecorded));
      List<ReplayedCall> reference = versions.get(0);
      String referenceVersion = reference.get(0).recorded().promptVersion();
      for (List<ReplayedCall> version : versions.subList(1, versions.size())) {
        ReplayCase first = version.get(0).recorded();
        List<SignalRow> rows = PromptVersionComparison.rows(reference, version, options.thresholds());
        tables.promptTable(first.provider(), first.model(), first.promptVersion(), referenceVersion, rows);
        divergences(rows, first.promptVersion() + " vs " + referenceVersion, promptDivergences);
      }
    }
    tables.verdict(modelDivergences, promptDivergences);
    return modelDivergences.isEmpty() && promptDivergences.isEmpty() ? SAME : DIVERGED;
  }

  private static void divergences(List<SignalRow> rows, String where, List<String> into) {
    List<String> signals = rows.stream().filter(SignalRow::diverged).map(SignalRow::signal).toList();
    if (!signals.isEmpty()) {
      into.add(where + " (" + String.join(", ", signals) + ")");
    }
  }

  private static Map<String, List<List<ReplayedCall>>> byProviderAndModel(Map<String, List<ReplayedCall>> replayed) {
    Map<String, List<List<ReplayedCall>>> groups = new LinkedHashMap<>();
    for (List<ReplayedCall> calls : replayed.values()) {
      ReplayCase first = calls.get(0).recorded();
      groups.computeIfAbsent(first.provider() + " " + first.model(), key -> new ArrayList<>()).add(calls);
    }
    return groups;
  }

  private static Instant firstRecorded(List<ReplayedCall> calls) {
    return calls.stream().map(c -> c.recorded().recordedInstant()).min(Comparator.naturalOrder()).orElse(Instant.EPOCH);
  }

  /** The analysis' drop notes, one line per reason on stderr. */
  private static DropCounter onceEach(PrintStream err) {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    return (reason, message) -> {
      if (seen.add(reason)) {
        err.println("replay: note: " + message);
      }
    };
  }
}

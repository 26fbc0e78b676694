package io.driftwatch.replay;

import io.driftwatch.genai.replay.ReplayCase;
import io.driftwatch.genai.replay.ReplayFiles;
import io.driftwatch.genai.replay.ReplayLines;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code golden}: copies the calls of an incident from the agent's replay set into a curated golden
 * set (same line format, owner-only), filtered by prompt version, model, provider, time or
 * findings, with a note; a request already in the golden set is not copied twice.
 */
final class GoldenCommand {

  static final String USAGE = "usage: java -jar driftwatch-agent.jar golden --from DIR --to DIR [--prompt-version V]"
      + " [--model M] [--provider P] [--since ISO-TIME] [--until ISO-TIME] [--only refusals|format-violations]"
      + " [--note TEXT]";
  static final String FILE = "golden" + ReplayFiles.SUFFIX;

  private GoldenCommand() {}

  static int run(String[] args, PrintStream out) throws IOException {
    Path from = null;
    Path to = null;
    String note = null;
    Predicate<ReplayCase> wanted = c -> true;
    for (int i = 1; i < args.length; i++) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value");
      }
      String value = args[i + 1];
      switch (args[i++]) {
        case "--from" -> from = Path.of(value);
        case "--to" -> to = Path.of(value);
        case "--note" -> note = value;
        case "--prompt-version" -> wanted = wanted.and(c -> c.promptVersion().equals(value));
        case "--model" -> wanted = wanted.and(c -> c.model().equals(value));
        case "--provider" -> wanted = wanted.and(c -> c.provider().equals(value));
        case "--since" -> {
          Instant since = instant("--since", value);
          wanted = wanted.and(c -> !c.recordedInstant().isBefore(since));
        }
        case "--until" -> {
          Instant until = instant("--until", value);
          wanted = wanted.and(c -> c.recordedInstant().isBefore(until));
        }
        case "--only" -> wanted = wanted.and(only(value));
        default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
      }
    }
    if (from == null || to == null) {
      throw new IllegalArgumentException("--from and --to are required");
    }
    List<ReplayCase> selected = ReplaySetReader.read(from).stream().filter(wanted).toList();
    ReplayFiles.ownerOnlyDirectory(to);
    Path golden = to.resolve(FILE);
    Set<String> present = new HashSet<>();
    if (Files.exists(golden)) {
      ReplaySetReader.read(golden).forEach(c -> present.add(c.request().toString()));
    }
    int copied = 0;
    StringBuilder lines = new StringBuilder();
    for (ReplayCase c : selected) {
      if (present.add(c.request().toString())) {
        lines.append(ReplayLines.encode(new ReplayCase(c.recordedAt(), c.provider(), c.format(), c.operation(),
            c.model(), c.responseModel(), c.promptVersion(), c.request(), c.answer(), c.answerComplete(),
            c.refusal(), c.formatCompliant(), c.outputLength(), note != null ? note : c.note()))).append('\n');
        copied++;
      }
    }
    if (copied > 0) {
      ReplayFiles.append(golden, lines.toString().getBytes(StandardCharsets.UTF_8));
    }
    out.printf("golden: %d of %d matching calls copied to %s (%d already there)%n", copied, selected.size(), golden,
        selected.size() - copied);
    return selected.isEmpty() ? ReplayRun.FAILED : ReplayRun.SAME;
  }

  private static Instant instant(String option, String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " needs an ISO-8601 time such as 2026-12-02T06:00:00Z, got '"
          + value + "'");
    }
  }

  private static Predicate<ReplayCase> only(String what) {
    return switch (what) {
      case "refusals" -> ReplayCase::refusal;
      case "format-violations" -> c -> Boolean.FALSE.equals(c.formatCompliant());
      default -> throw new IllegalArgumentException("--only takes refusals or format-violations, got '" + what + "'");
    };
  }
}

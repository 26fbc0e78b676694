package io.driftwatch.samples.drill;

import io.driftwatch.samples.standin.CannedResponse;
import io.driftwatch.samples.standin.ProviderStandIn;
import io.driftwatch.samples.standin.RecordedRequest;
import io.driftwatch.samples.support.SystemPrompts;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The runbook's replay step, played in the scenarios whose answers change (and in the busy hour,
 * where it must find nothing): the app's agent keeps a replay set, and after the fault the drill
 * runs {@code java -jar driftwatch-agent.jar replay} on it against the stand-in, which answers the
 * replayed requests the way the provider behaves after the onset.
 */
final class ReplayCheck {

  private static final String REPLAY_DIR = "OTEL_INSTRUMENTATION_GENAI_REPLAY_DIR";
  private static final String SAMPLE_EVERY = "OTEL_INSTRUMENTATION_GENAI_REPLAY_SAMPLE_EVERY";
  private static final String V2_PROMPT = SystemPrompts.text("v2");
  private static final int REPLAY_LATENCY_MS = 5;

  /**
   * What the replay printed and how it ended.
   *
   * @param exitCode 0 no divergence, 1 divergence, 2 the replay could not run
   */
  record Outcome(List<String> commands, int exitCode, boolean divergenceExpected, List<String> output) {

    boolean asExpected() {
      return exitCode != 2 && (exitCode == 1) == divergenceExpected;
    }

    String summary() {
      String found = exitCode == 2 ? "could not run" : exitCode == 1 ? "diverged" : "no divergence";
      return found + " (exit " + exitCode + ")" + (asExpected() ? ", as expected" : ", WRONG: expected "
          + (divergenceExpected ? "a divergence" : "none"));
    }
  }

  private final String scenario;
  /** Replay a golden set cut from the calls before the onset, rather than the whole recent set. */
  private final boolean goldenFromBaseline;
  private final boolean divergenceExpected;
  /** How the provider answers the replayed requests, one planner per replay (it counts the calls). */
  private final Function<AtomicInteger, Function<RecordedRequest, CannedResponse>> provider;

  private ReplayCheck(String scenario, boolean goldenFromBaseline, boolean divergenceExpected,
      Function<AtomicInteger, Function<RecordedRequest, CannedResponse>> provider) {
    this.scenario = scenario;
    this.goldenFromBaseline = goldenFromBaseline;
    this.divergenceExpected = divergenceExpected;
    this.provider = provider;
  }

  static Optional<ReplayCheck> forScenario(String name) {
    return switch (name) {
      case "silent-model-update" -> Optional.of(new ReplayCheck(name, true, true, calls -> request ->
          answer(ProviderScripts.UPDATED_MODEL, AnswerTexts.HEDGING, structured(request))));
      case "prompt-regression" -> Optional.of(new ReplayCheck(name, false, true, calls -> request ->
          request.bodyText().contains(V2_PROMPT) ? regressed(calls.getAndIncrement(), request)
              : healthy(calls.getAndIncrement(), request, ProviderScripts.NORMAL_ANSWER_CHARS)));
      case "diurnal-variance" -> Optional.of(new ReplayCheck(name, false, false, calls -> request ->
          healthy(calls.getAndIncrement(), request, ProviderScripts.BUSY_ANSWER_CHARS)));
      default -> Optional.empty();
    };
  }

  /** What the app's agent needs to keep the set: every call of the scenario, in {@code set}. */
  Map<String, String> appEnvironment(Path set) {
    deleteRecursively(set);
    return Map.of(REPLAY_DIR, set.toString(), SAMPLE_EVERY, "1");
  }

  Outcome run(DrillSetup setup, ProviderStandIn standIn, Path set, long faultStartEpochNanos, PrintStream out) {
    List<String> commands = new ArrayList<>();
    List<String> output = new ArrayList<>();
    Path replayed = set;
    if (goldenFromBaseline) {
      Path golden = set.resolveSibling(set.getFileName() + "-golden");
      deleteRecursively(golden);
      String until = Instant.ofEpochMilli(faultStartEpochNanos / 1_000_000L).toString();
      List<String> args = List.of("golden", "--from", set.toString(), "--to", golden.toString(), "--until", until,
          "--note", scenario + ": the calls before the onset");
      commands.add(commandLine(args));
      Result result = agentCommand(setup, args);
      output.addAll(result.lines());
      if (result.exitCode() != 0) {
        return new Outcome(commands, 2, divergenceExpected, output);
      }
      replayed = golden;
    }
    List<String> args = List.of("replay", "--set", replayed.toString(), "--endpoint", standIn.baseUrl(),
        "--sample", "1000");
    commands.add(commandLine(args));
    standIn.answerEach(provider.apply(new AtomicInteger()));
    Result result;
    try {
      result = agentCommand(setup, args);
    } finally {
      standIn.answerEach(null);
    }
    output.addAll(result.lines());
    Outcome outcome = new Outcome(commands, result.exitCode(), divergenceExpected, output);
    for (String command : commands) {
      out.println("   replay: $ " + command);
    }
    for (String line : output) {
      out.println("   | " + line);
    }
    return outcome;
  }

  private static String commandLine(List<String> args) {
    return "java -jar driftwatch-agent.jar " + String.join(" ", args);
  }

  private record Result(int exitCode, List<String> lines) {}

  /** The agent jar as a command, its stderr (progress, problems) kept apart from the table. */
  private Result agentCommand(DrillSetup setup, List<String> args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", setup.agentJar().toString()));
    command.addAll(args);
    try {
      Path log = Files.createTempFile("drill-replay", ".log");
      Path errors = Files.createTempFile("drill-replay", ".err");
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(log.toFile()).redirectError(errors.toFile());
      builder.environment().keySet().removeIf(name -> name.startsWith("OTEL_"));
      builder.environment().put("OTEL_EXPORTER_OTLP_ENDPOINT", setup.otlpEndpoint());
      builder.environment().put("OTEL_SERVICE_NAME", "replay-" + scenario);
      Process process = builder.start();
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("the replay command did not finish in 180 s: " + Files.readString(log));
      }
      List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
      Files.readAllLines(errors, StandardCharsets.UTF_8).stream().filter(line -> !line.startsWith("replay: ")
          || !line.endsWith(" calls")).forEach(lines::add);
      Files.deleteIfExists(log);
      Files.deleteIfExists(errors);
      return new Result(process.exitValue(), lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run the replay command", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while replaying", e);
    }
  }

  private static boolean structured(RecordedRequest request) {
    return request.bodyText().contains("\"response_format\"");
  }

  private static CannedResponse answer(String model, String text, boolean structured) {
    return CannedAnswers.chatCompletion(model, structured ? AnswerTexts.structured(text) : text, 1, REPLAY_LATENCY_MS);
  }

  private static CannedResponse healthy(int index, RecordedRequest request, ProviderScripts.Band answerChars) {
    return ProviderScripts.healthyAnswer(new ProviderScript.PlannedCall(index, structured(request), 1, 0.5),
        new ProviderScripts.Band(REPLAY_LATENCY_MS, REPLAY_LATENCY_MS), answerChars);
  }

  /** The same pattern as the fault phase's {@link ProviderScripts#regressedAnswers()}. */
  private static CannedResponse regressed(int index, RecordedRequest request) {
    if (structured(request) && index % 9 != 2) {
      return CannedAnswers.chatCompletion(ProviderScripts.BASELINE_MODEL, AnswerTexts.brokenJson(index), 1,
          REPLAY_LATENCY_MS);
    }
    if (!structured(request) && index % 2 == 0) {
      return CannedAnswers.chatCompletion(ProviderScripts.BASELINE_MODEL, AnswerTexts.refusal(index), 1,
          REPLAY_LATENCY_MS);
    }
    return healthy(index, request, ProviderScripts.NORMAL_ANSWER_CHARS);
  }

  private static void deleteRecursively(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + path, e);
    }
  }
}

package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.it.apps.ReplaySetApp;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay set an application's agent keeps, and {@code java -jar driftwatch-agent.jar replay}
 * run on it against the provider stand-in on loopback: the real agent jar on both sides.
 */
class ReplayCommandTest {

  private static final int CALLS = 12;

  @TempDir
  Path temp;

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
  }

  /** An application with the agent and a replay folder makes {@code CALLS} calls; returns the folder. */
  private Path recordSet(String model) throws Exception {
    Path set = temp.resolve("replay-set");
    ForkedJvm.Result app = ForkedJvm.run(ForkedJvm.currentJavaHome(), List.of("-javaagent:" + ForkedJvm.AGENT_JAR),
        ForkedJvm.testClassPath(), Map.of("OTEL_SERVICE_NAME", "replay-set-app",
            "OTEL_INSTRUMENTATION_GENAI_REPLAY_DIR", set.toString(),
            "OTEL_INSTRUMENTATION_GENAI_REPLAY_SAMPLE_EVERY", "1"),
        ReplaySetApp.class.getName(), PROVIDER.baseUrl() + "/v1", model, String.valueOf(CALLS));
    assertEquals(0, app.exitCode(), app.output());
    return set;
  }

  /** Runs the agent jar as a command, the way a user does: {@code java -jar driftwatch-agent.jar ...}. */
  private static ForkedJvm.Result command(String... args) throws Exception {
    List<String> line = new ArrayList<>(List.of(Path.of(ForkedJvm.currentJavaHome(), "bin", "java").toString(), "-jar",
        ForkedJvm.AGENT_JAR));
    line.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("OTEL_"));
    builder.environment().put("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + Integer.getInteger("it.otlp.port"));
    builder.environment().put("OTEL_SERVICE_NAME", "replay-command");
    Path log = Files.createTempFile("replay-command", ".log");
    Process process = builder.redirectOutput(log.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("replay command did not finish: " + Files.readString(log));
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    return new ForkedJvm.Result(process.exitValue(), output);
  }

  private static List<Path> files(Path set) throws IOException {
    try (Stream<Path> walk = Files.walk(set)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void theAgentKeepsARedactedOwnerOnlySetWithNothingFromTheHeaders() throws Exception {
    Path set = recordSet(uniqueModel("gpt-4o-replay-set"));

    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(set)));
    long lines = 0;
    for (Path file : files(set)) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
      String text = Files.readString(file);
      assertFalse(text.contains(ReplaySetApp.HEADER_KEY) || text.contains("Bearer"), "no header value: " + text);
      assertFalse(text.contains(ReplaySetApp.BODY_KEY) || text.contains(ReplaySetApp.EMAIL), "redacted: " + text);
      assertTrue(text.contains("[REDACTED:email]") && text.contains("[REDACTED:api_key]"), text);
      lines += text.lines().count();
    }
    assertEquals(CALLS, lines);
  }

  @Test
  void aReplayAgainstAnUnchangedProviderFindsNoDivergenceAndExportsReplayScores() throws Exception {
    String model = uniqueModel("gpt-4o-replay-same");
    Path set = recordSet(model);

    ForkedJvm.Result replay = command("replay", "--set", set.toString(), "--endpoint", PROVIDER.baseUrl());

    assertEquals(0, replay.exitCode(), replay.output());
    assertTrue(replay.output().contains("== prompt version "), replay.output());
    assertTrue(replay.output().contains(CALLS + " of " + CALLS + " calls replayed"), replay.output());
    assertFalse(replay.output().contains("DIVERGED"), replay.output());
    List<ReceivedSpan> evaluations = RECEIVER.awaitSpans(span -> span.name().equals("evaluation replay.token_f1")
        && span.events().stream().anyMatch(event -> "replay".equals(event.attributes().get("driftwatch.evaluation.source"))
            && Double.valueOf(1.0).equals(event.attributes().get("gen_ai.evaluation.score.value"))), CALLS, WAIT);
    assertEquals(CALLS, evaluations.size());
    RECEIVER.awaitMetric("driftwatch.llm.quality.score", metric -> model.equals(metric.stringAttr("gen_ai.request.model"))
        && "replay".equals(metric.stringAttr("driftwatch.evaluation.source")) && metric.count() == CALLS, WAIT);
  }

  @Test
  void aReplayFindsAPlantedRegressionAndExitsOne() throws Exception {
    Path set = recordSet(uniqueModel("gpt-4o-replay-regressed"));
    PROVIDER.setCompletionText("I'm sorry, but I can't help with that request.");

    ForkedJvm.Result replay = command("replay", "--set", set.toString(), "--endpoint", PROVIDER.baseUrl(),
        "--no-telemetry");

    assertEquals(1, replay.exitCode(), replay.output());
    String refusalRow = replay.output().lines().filter(line -> line.trim().startsWith("refusal rate")).findFirst()
        .orElseThrow(() -> new AssertionError(replay.output()));
    assertTrue(refusalRow.contains("0.0%") && refusalRow.contains("100.0%") && refusalRow.endsWith("DIVERGED"),
        refusalRow);
    assertTrue(replay.output().contains("Verdict: DIVERGED from the recorded baseline"), replay.output());
  }

  @Test
  void aTruncatedLineOrAnUnknownVersionStopsTheReplayNamingTheFileAndLine() throws Exception {
    Path set = recordSet(uniqueModel("gpt-4o-replay-bad"));
    Path file = files(set).get(0);
    List<String> lines = Files.readAllLines(file);
    Files.writeString(file, lines.get(0) + "\n" + lines.get(1).substring(0, 40) + "\n");

    ForkedJvm.Result truncated = command("replay", "--set", set.toString(), "--endpoint", PROVIDER.baseUrl());

    assertEquals(2, truncated.exitCode(), truncated.output());
    assertTrue(truncated.output().contains(file + ":2: not a whole JSON object"), truncated.output());

    Files.writeString(file, lines.get(0) + "\n" + lines.get(1).replaceFirst("\\{\"v\":1,", "{\"v\":9,") + "\n");
    ForkedJvm.Result unknown = command("replay", "--set", set.toString(), "--endpoint", PROVIDER.baseUrl());

    assertEquals(2, unknown.exitCode(), unknown.output());
    assertTrue(unknown.output().contains(file + ":2: unknown version v=9"), unknown.output());
  }

  @Test
  void goldenCopiesTheSelectedCallsOnceIntoAnOwnerOnlyGoldenSet() throws Exception {
    Path set = recordSet(uniqueModel("gpt-4o-replay-golden"));
    Path golden = temp.resolve("golden");

    ForkedJvm.Result first = command("golden", "--from", set.toString(), "--to", golden.toString(), "--note", "INC-42");
    ForkedJvm.Result again = command("golden", "--from", set.toString(), "--to", golden.toString());

    assertEquals(0, first.exitCode(), first.output());
    assertTrue(first.output().contains(CALLS + " of " + CALLS + " matching calls copied"), first.output());
    assertTrue(again.output().contains("0 of " + CALLS + " matching calls copied"), again.output());
    Path goldenFile = golden.resolve("golden.jsonl");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(goldenFile)));
    assertEquals(CALLS, Files.readAllLines(goldenFile).stream().filter(l -> l.contains("\"note\":\"INC-42\"")).count());
  }
}

package io.driftwatch.genai.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.replay.ReplayCase;
import io.driftwatch.genai.replay.ReplayFiles;
import io.driftwatch.genai.replay.ReplayLines;
import io.driftwatch.genai.testing.Exchanges;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Given calls through the agent's pipeline with a replay folder set, what lands on disk. */
class ReplaySetPipelineTest {

  private static final String SECRET_KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz0123";

  @TempDir
  Path temp;

  private static String chat(String model, String system, String question) {
    return "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"system\",\"content\":\"" + system + "\"},"
        + "{\"role\":\"user\",\"content\":\"" + question + "\"}]}";
  }

  private static void call(String body, HeaderLookup headers) {
    LlmExchange exchange = Exchanges.start("api.openai.com", 443, "/v1/chat/completions", headers,
        Exchanges.TRACEPARENT, Exchanges.utf8(body));
    Exchanges.respond(exchange, 200, "openai-chat/response.json");
  }

  private static List<ReplayCase> read(Path directory) throws IOException {
    List<ReplayCase> cases = new ArrayList<>();
    for (Path file : ReplayFiles.setFiles(directory)) {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        cases.add(ReplayLines.decode(lines.get(i), file.toString(), i + 1));
      }
    }
    return cases;
  }

  @Test
  void keepsTheFirstCallOfEachKeyAndThenOneInSampleEvery() throws IOException {
    Path set = temp.resolve("set");
    Pipeline pipeline = Pipeline.with(Map.of("otel.instrumentation.genai.replay.dir", set.toString(),
        "otel.instrumentation.genai.replay.sample-every", "3"));
    for (int i = 0; i < 7; i++) {
      call(chat("gpt-4o-mini", "You answer support questions.", "question " + i), HeaderLookup.NONE);
    }
    for (int i = 0; i < 2; i++) {
      call(chat("gpt-4o", "You answer support questions.", "question " + i), HeaderLookup.NONE);
    }
    pipeline.close();

    List<ReplayCase> cases = read(set);
    assertEquals(3, cases.stream().filter(c -> c.model().equals("gpt-4o-mini")).count(), "calls 1, 4 and 7");
    assertEquals(1, cases.stream().filter(c -> c.model().equals("gpt-4o")).count(), "the first of its key");
    ReplayCase first = cases.stream().filter(c -> c.model().equals("gpt-4o-mini")).findFirst().orElseThrow();
    assertEquals("openai", first.provider());
    assertEquals("OPENAI_CHAT", first.format());
    assertEquals("gpt-4o-mini-2024-07-18", first.responseModel());
    assertTrue(first.answer().contains("root_cause"), first.answer());
    assertEquals(first.answer().length(), first.outputLength());
    assertFalse(first.refusal());
    assertEquals(2, ReplayFiles.setFiles(set).size(), "one file per provider, model and prompt version");
  }

  @Test
  void storedRequestIsRedactedAndNothingFromTheHeadersIsStored() throws IOException {
    Path set = temp.resolve("set");
    Pipeline pipeline = Pipeline.with(Map.of("otel.instrumentation.genai.replay.dir", set.toString()));
    HeaderLookup headers = name -> switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "authorization" -> "Bearer " + SECRET_KEY;
      case "x-prompt-version" -> "v7";
      case "openai-organization" -> "org-headervalue123";
      default -> null;
    };
    call(chat("gpt-4o-mini", "You help jane.doe@example.com.", "My key is " + SECRET_KEY + ", call +1 415 555 0100"),
        headers);
    pipeline.close();

    Path file = ReplayFiles.setFiles(set).get(0);
    String stored = Files.readString(file);
    assertFalse(stored.contains(SECRET_KEY), stored);
    assertFalse(stored.contains("jane.doe@example.com"), stored);
    assertFalse(stored.contains("555 0100"), stored);
    assertFalse(stored.contains("Bearer"), stored);
    assertFalse(stored.contains("org-headervalue123"), stored);
    assertTrue(stored.contains("[REDACTED:email]") && stored.contains("[REDACTED:api_key]"), stored);
    assertFalse(read(set).get(0).promptVersion().equals(ReplayCase.UNKNOWN_PROMPT_VERSION), "the fingerprint stands in");
  }

  @Test
  void setFolderAndFilesAreOwnerOnly() throws IOException {
    Path set = temp.resolve("a").resolve("set");
    Pipeline pipeline = Pipeline.with(Map.of("otel.instrumentation.genai.replay.dir", set.toString()));
    call(chat("gpt-4o-mini", "You answer support questions.", "hello"), HeaderLookup.NONE);
    pipeline.close();

    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(set)));
    Path file = ReplayFiles.setFiles(set).get(0);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void anUnwritableFolderDropsAndCountsWhileTheCallIsStillEmitted() throws IOException {
    Path notAFolder = Files.writeString(temp.resolve("plain-file"), "x");
    Pipeline pipeline = Pipeline.with(Map.of("otel.instrumentation.genai.replay.dir",
        notAFolder.resolve("set").toString()));
    call(chat("gpt-4o-mini", "You answer support questions.", "hello"), HeaderLookup.NONE);

    assertEquals(1, pipeline.finish().spans().size());
    assertTrue(pipeline.drops.contains("replay_write_failed"), pipeline.drops.toString());
    pipeline.close();
  }

  @Test
  void failedCallsAreNotKept() throws IOException {
    Path set = temp.resolve("set");
    Pipeline pipeline = Pipeline.with(Map.of("otel.instrumentation.genai.replay.dir", set.toString()));
    LlmExchange exchange = Exchanges.start("api.openai.com", 443, "/v1/chat/completions", HeaderLookup.NONE,
        Exchanges.TRACEPARENT, Exchanges.utf8(chat("gpt-4o-mini", "s", "q")));
    Exchanges.respond(exchange, 429, Exchanges.utf8("{\"error\":{\"type\":\"rate_limit\"}}"));
    pipeline.close();

    assertTrue(!Files.exists(set) || ReplayFiles.setFiles(set).isEmpty());
  }
}

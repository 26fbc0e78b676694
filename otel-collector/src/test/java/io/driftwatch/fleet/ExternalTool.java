package io.driftwatch.fleet;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A command-line tool from the Prometheus packages (promtool, amtool). Missing tools skip the test,
 * unless DRIFTWATCH_REQUIRE_PROMTOOL=1 (set by CI), where a missing tool fails it.
 */
final class ExternalTool {
  static final String REQUIRE_ENV = "DRIFTWATCH_REQUIRE_PROMTOOL";

  record Result(int exitCode, String stdout, String stderr) {
    String all() {
      return stdout + stderr;
    }
  }

  private final Path executable;

  private ExternalTool(Path executable) {
    this.executable = executable;
  }

  /** The first of {@code names} on PATH; aborts (skips) or fails the calling test when none is. */
  static ExternalTool require(String debianPackage, String... names) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(candidate)) {
          return new ExternalTool(candidate);
        }
      }
    }
    String message = String.join(" or ", names) + " is not on PATH (apt-get install " + debianPackage + ")";
    if ("1".equals(System.getenv(REQUIRE_ENV))) {
      fail(message + ", and " + REQUIRE_ENV + "=1 requires it");
    }
    Assumptions.abort(message + "; skipped. Set " + REQUIRE_ENV + "=1 to make this a failure.");
    throw new AssertionError("unreachable");
  }

  /** Starts a long-running process (a server) with its output going to {@code log}. */
  Process start(Path workingDir, List<String> arguments, Path log) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(arguments);
    return new ProcessBuilder(command).directory(workingDir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  Result run(Path workingDir, List<String> arguments) {
    try {
      Path stderr = Files.createTempFile("driftwatch-tool", ".err");
      try {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
            .directory(workingDir.toFile())
            .redirectError(stderr.toFile())
            .start();
        process.getOutputStream().close();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          fail(executable + " " + arguments + " did not finish in 10 minutes");
        }
        return new Result(process.exitValue(), stdout, Files.readString(stderr));
      } finally {
        Files.deleteIfExists(stderr);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

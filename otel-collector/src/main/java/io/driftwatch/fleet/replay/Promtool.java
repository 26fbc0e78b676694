package io.driftwatch.fleet.replay;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The promtool of the Debian package {@code prometheus}, found on PATH. */
public final class Promtool {

  private final Path executable;

  private Promtool(Path executable) {
    this.executable = executable;
  }

  public static Optional<Promtool> onPath() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "promtool");
      if (Files.isExecutable(candidate)) {
        return Optional.of(new Promtool(candidate));
      }
    }
    return Optional.empty();
  }

  /** Runs {@code promtool test rules FILE}; returns its whole output (a failing test is not an error here). */
  String testRules(Path file) {
    try {
      Process process = new ProcessBuilder(List.of(executable.toString(), "test", "rules", file.toString()))
          .redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("promtool test rules " + file + " did not finish in 10 minutes");
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + executable, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while promtool ran", e);
    }
  }
}

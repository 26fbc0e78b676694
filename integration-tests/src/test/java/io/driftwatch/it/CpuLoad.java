package io.driftwatch.it;

import io.driftwatch.it.apps.CpuSpinner;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM spinning on the CPU while a test runs, so timing-sensitive behaviour is checked on
 * a busy machine. It ends when closed, and by itself after a bound, even if the test JVM dies.
 */
final class CpuLoad implements AutoCloseable {

  private static final long MAX_SECONDS = 180;
  private final Process process;

  private CpuLoad(Process process) {
    this.process = process;
  }

  static CpuLoad start(int threads) throws Exception {
    Process process = new ProcessBuilder(List.of(Path.of(ForkedJvm.currentJavaHome(), "bin", "java").toString(),
        "-cp", ForkedJvm.testClassPath(), CpuSpinner.class.getName(), Integer.toString(threads),
        Long.toString(MAX_SECONDS))).redirectErrorStream(true).start();
    BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String first = output.readLine(); // blocks until the spinners run
    if (!"spinning".equals(first)) {
      process.destroyForcibly();
      throw new AssertionError("CPU load did not start: " + first);
    }
    return new CpuLoad(process);
  }

  @Override
  public void close() throws Exception {
    process.getOutputStream().close();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}

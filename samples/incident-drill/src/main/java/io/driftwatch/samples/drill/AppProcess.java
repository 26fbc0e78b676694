package io.driftwatch.samples.drill;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The sample app in its own JVM with the agent attached, driven over stdin one command at a time.
 * Its stdout is read line by line; its stderr (the agent's and the JVM's notices) goes to a log.
 */
final class AppProcess implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofSeconds(60);
  private static final Duration ANSWER = Duration.ofSeconds(30);
  private static final String END_OF_OUTPUT = "\u0000eof";

  private final Process process;
  private final Writer commands;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final Path stderrLog;

  private AppProcess(Process process, Path stderrLog) {
    this.process = process;
    this.stderrLog = stderrLog;
    this.commands = process.outputWriter(StandardCharsets.UTF_8);
    Thread reader = new Thread(this::readOutput, "rag-app-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts the app and waits until it has indexed its articles and says it is ready. */
  static AppProcess start(SampleApp sampleApp, Path agentJar, String classPath, Map<String, String> environment,
      Path stderrLog) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-javaagent:" + agentJar, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
        "-cp", classPath, sampleApp.mainClass()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderrLog.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("OTEL_") || name.startsWith("OPENAI_"));
    builder.environment().putAll(environment);
    AppProcess app;
    try {
      Files.createDirectories(stderrLog.getParent());
      app = new AppProcess(builder.start(), stderrLog);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the app JVM: " + command, e);
    }
    app.awaitLine("ready", STARTUP);
    return app;
  }

  /** One question answered: the app's line for it ("call 7 ... -> 312 chars: ..."). */
  String call() {
    send("calls 1");
    return awaitLine("call ", ANSWER);
  }

  /** A setting command ("prompt v2"); returns the app's "ok: ..." line. */
  String command(String command) {
    send(command);
    return awaitLine("ok", ANSWER);
  }

  private void send(String command) {
    try {
      commands.write(command + "\n");
      commands.flush();
    } catch (IOException e) {
      throw new IllegalStateException("the app stopped taking commands; see " + stderrLog, e);
    }
  }

  private String awaitLine(String prefix, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (true) {
        String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (line == null || line.equals(END_OF_OUTPUT)) {
          throw new IllegalStateException("the app gave no '" + prefix + "' line within " + timeout
              + (line == null ? "" : " and exited") + "; see " + stderrLog);
        }
        if (line.startsWith("error")) {
          throw new IllegalStateException("the app rejected a command: " + line);
        }
        if (line.startsWith(prefix)) {
          return line;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the app", e);
    }
  }

  private void readOutput() {
    try (BufferedReader out = process.inputReader(StandardCharsets.UTF_8)) {
      String line;
      while ((line = out.readLine()) != null) {
        lines.add(line);
      }
    } catch (IOException e) {
      // the process went away; END_OF_OUTPUT below tells any waiter
    }
    lines.add(END_OF_OUTPUT);
  }

  /** Asks the app to quit, so the agent flushes its telemetry; forces it after a few seconds. */
  @Override
  public void close() {
    try {
      send("quit");
      commands.close();
    } catch (IOException | IllegalStateException e) {
      // already gone
    }
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}

package io.driftwatch.replay;

import io.driftwatch.agent.CommandSetup;
import io.driftwatch.genai.config.ConfigException;
import io.driftwatch.genai.replay.ReplaySetException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * The agent jar's commands, {@code java -jar driftwatch-agent.jar replay|golden ...}
 * (docs/replay-set.md). Exit codes: 0 no divergence, 1 divergence past a threshold, 2 the command
 * could not run (bad option, bad set file, endpoint not answering).
 */
public final class ReplayCommand {

  private ReplayCommand() {}

  /** Called by the jar's Main-Class inside the agent's class loader. */
  public static int run(String[] args) {
    return run(args, System.out, System.err, System.console() != null);
  }

  static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
    String command = args.length == 0 ? "help" : args[0];
    try {
      switch (command) {
        case "replay":
          return new ReplayRun(ReplayOptions.parse(args), out, err, terminal).run(CommandSetup.read());
        case "golden":
          return GoldenCommand.run(args, out);
        default:
          out.println(ReplayOptions.USAGE);
          out.println(GoldenCommand.USAGE);
          return command.equals("help") || command.equals("--help") ? ReplayRun.SAME : ReplayRun.FAILED;
      }
    } catch (IllegalArgumentException | ConfigException e) {
      err.println(command + ": " + e.getMessage());
      err.println(command.equals("golden") ? GoldenCommand.USAGE : ReplayOptions.USAGE);
      return ReplayRun.FAILED;
    } catch (ReplaySetException e) {
      err.println(command + ": bad replay set line: " + e.getMessage());
      return ReplayRun.FAILED;
    } catch (IOException | UncheckedIOException e) {
      err.println(command + ": " + e.getMessage());
      return ReplayRun.FAILED;
    }
  }
}

package io.driftwatch;

import io.driftwatch.bootstrap.AgentClassLoader;
import java.io.File;
import java.lang.reflect.InvocationTargetException;

/**
 * The jar's Main-Class ({@code java -jar driftwatch-agent.jar replay ...}): loads the commands from
 * the agent's own class loader, as the agent itself is loaded, and exits with their code.
 */
public final class DriftwatchCommandLine {

  private static final String COMMANDS = "io.driftwatch.replay.ReplayCommand";

  private DriftwatchCommandLine() {}

  public static void main(String[] args) throws Exception {
    File jar = new File(DriftwatchCommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ClassLoader agentLoader = new AgentClassLoader(jar);
    int code;
    try {
      code = (int) Class.forName(COMMANDS, true, agentLoader).getMethod("run", String[].class)
          .invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
    }
    System.exit(code);
  }
}

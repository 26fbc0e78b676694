package io.driftwatch.agent;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Driftwatch's version, the instrumentation version of its tracer, meter and logger. Read from a
 * resource the build writes, not from the jar manifest: the official agent's extension class loader
 * defines packages without one, and the SDK hands out a no-op tracer for a null version.
 */
final class AgentVersion {

  static final String UNKNOWN = "unknown";
  private static final String RESOURCE = "version.properties";

  private AgentVersion() {}

  static String current() {
    try (InputStream in = AgentVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return UNKNOWN;
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", UNKNOWN);
    } catch (IOException | IllegalArgumentException e) {
      return UNKNOWN;
    }
  }
}

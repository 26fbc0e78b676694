package io.driftwatch;

/**
 * The only switches read straight from system properties rather than from the agent's one
 * configuration (the OpenTelemetry SDK's {@code ConfigProperties}, read in the agent class loader).
 * They act before that configuration can exist: {@link #BOOTSTRAP_APPEND} decides how the bootstrap
 * classes become visible, before the agent class loader is created; {@link #DEBUG} governs the
 * agent's own log from its first line, including lines about reading the configuration itself. Both
 * are diagnostics for operators, set with {@code -D}; the classes that read them hold no other setting.
 */
public final class PreStartFlags {

  /** {@code true}: append the agent jar to the bootstrap class path instead of defining the classes. */
  public static final String BOOTSTRAP_APPEND = "driftwatch.bootstrap.append";
  /** {@code true}: log each instrumented class, and the stack traces behind export problems. */
  public static final String DEBUG = "driftwatch.debug";

  private PreStartFlags() {}
}

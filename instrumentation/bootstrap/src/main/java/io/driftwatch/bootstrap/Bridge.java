package io.driftwatch.bootstrap;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way inlined advice reaches the agent: a named slot holding the {@link Hook} the
 * instrumentation of that name installed, read through a volatile field. Adding an HTTP client
 * adds a name, never a class here. Every call swallows the hook's failures, and returns at once
 * (no allocation, no lock) while nothing is installed. JDK types only.
 */
public final class Bridge {

  private static final ConcurrentHashMap<String, Bridge> BRIDGES = new ConcurrentHashMap<>();

  private final String name;
  private volatile Hook hook;

  private Bridge(String name) {
    this.name = name;
  }

  /** The bridge of one instrumentation; the same instance for the life of the JVM. */
  public static Bridge named(String name) {
    Bridge existing = BRIDGES.get(name);
    if (existing != null) {
      return existing;
    }
    Bridge created = new Bridge(name);
    Bridge raced = BRIDGES.putIfAbsent(name, created);
    return raced != null ? raced : created;
  }

  public String name() {
    return name;
  }

  /** Installs (or, with null, removes) the hook the advice calls from now on. */
  public void install(Hook installed) {
    hook = installed;
  }

  public boolean installed() {
    return hook != null;
  }

  /** The hook's answer, or null when none is installed or it failed. */
  public Object call(int operation, Object a, Object b, Object c) {
    Hook current = hook;
    if (current == null) {
      return null;
    }
    try {
      return current.call(operation, a, b, c);
    } catch (Throwable t) {
      return null;
    }
  }

  /**
   * For advice that swaps an argument or a return value: the hook's replacement for {@code
   * original}, or {@code original} itself when there is none (not installed, failed, or null).
   */
  public Object replace(int operation, Object original, Object b, Object c) {
    Hook current = hook;
    if (current == null || original == null) {
      return original;
    }
    try {
      Object replacement = current.call(operation, original, b, c);
      return replacement == null ? original : replacement;
    } catch (Throwable t) {
      return original;
    }
  }

  @Override
  public String toString() {
    return "Bridge[" + name + (hook == null ? "" : ", installed") + "]";
  }
}

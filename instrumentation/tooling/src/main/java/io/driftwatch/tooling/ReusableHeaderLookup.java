package io.driftwatch.tooling;

import io.driftwatch.genai.exchange.HeaderLookup;

/**
 * A {@link HeaderLookup} over one message for the length of one detection, reused per thread, so
 * deciding that a request is not an LLM call allocates nothing. Never hand it to an exchange: once
 * detection says "LLM call", build a lookup of its own. Cleared after each use, so a thread never
 * keeps an application's message or class loader alive.
 */
public final class ReusableHeaderLookup implements HeaderLookup {

  /** Reads one header of a library's message type; implemented by a helper next to the library. */
  public interface Reader {
    String first(Object message, String name);
  }

  private static final ThreadLocal<ReusableHeaderLookup> PER_THREAD = ThreadLocal.withInitial(ReusableHeaderLookup::new);

  private Reader reader;
  private Object message;

  private ReusableHeaderLookup() {}

  /** This thread's lookup, reading {@code message} until {@link #clear()}. */
  public static ReusableHeaderLookup over(Reader reader, Object message) {
    ReusableHeaderLookup lookup = PER_THREAD.get();
    lookup.reader = reader;
    lookup.message = message;
    return lookup;
  }

  @Override
  public String get(String name) {
    Reader current = reader;
    return current == null ? null : current.first(message, name);
  }

  public void clear() {
    reader = null;
    message = null;
  }
}

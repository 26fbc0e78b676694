package io.driftwatch.bootstrap;

/**
 * What advice inlined into a non-blocking HTTP client's execute method calls, before the call
 * starts: the client's request producer and response consumer may be swapped for observing ones.
 * One instance per library. JDK types only.
 */
public final class AsyncCallBridge {

  /** Apache HttpClient 5.x async, {@code org.apache.hc.client5.http.impl.async}. */
  public static final AsyncCallBridge APACHE_HTTPCLIENT_5 = new AsyncCallBridge();

  /** Implemented inside the agent class loader. */
  public interface Hooks {
    /**
     * @return {@code {producer, consumer}} to use instead of the application's, or {@code null} to
     *     leave them; {@code clientType} is a client class of the application's library, naming its loader
     */
    Object[] wrap(Class<?> clientType, Object target, Object producer, Object consumer);
  }

  private volatile Hooks hooks;

  private AsyncCallBridge() {}

  public void install(Hooks installed) {
    hooks = installed;
  }

  public Object[] wrap(Class<?> clientType, Object target, Object producer, Object consumer) {
    Hooks current = hooks;
    if (current == null || clientType == null || producer == null || consumer == null) {
      return null;
    }
    try {
      Object[] wrapped = current.wrap(clientType, target, producer, consumer);
      return wrapped != null && wrapped.length == 2 && wrapped[0] != null && wrapped[1] != null ? wrapped : null;
    } catch (Throwable t) {
      return null;
    }
  }
}

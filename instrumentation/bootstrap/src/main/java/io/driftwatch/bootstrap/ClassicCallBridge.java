package io.driftwatch.bootstrap;

/**
 * What advice inlined into a blocking HTTP client's execute method calls: one instance per library
 * (Apache HttpClient 4 and 5 may both be loaded, each with its own hooks). JDK types only.
 */
public final class ClassicCallBridge {

  /** Apache HttpClient 4.x, {@code org.apache.http.impl.client}. */
  public static final ClassicCallBridge APACHE_HTTPCLIENT_4 = new ClassicCallBridge();
  /** Apache HttpClient 5.x classic, {@code org.apache.hc.client5.http.impl.classic}. */
  public static final ClassicCallBridge APACHE_HTTPCLIENT_5 = new ClassicCallBridge();

  /** Implemented inside the agent class loader. */
  public interface Hooks {
    /**
     * An opaque handle for an LLM call about to be sent, or {@code null} for a call we ignore.
     * {@code clientType} is a client class of the application's library, naming its loader.
     */
    Object onRequest(Class<?> clientType, Object target, Object request);

    /** The response to hand to the application: the same one, or one whose body is observed. */
    Object onResponse(Object call, Object response);

    /** The execution failed before a response arrived. */
    void onFailure(Object call, Throwable error);
  }

  private volatile Hooks hooks;

  private ClassicCallBridge() {}

  public void install(Hooks installed) {
    hooks = installed;
  }

  public Object onRequest(Class<?> clientType, Object target, Object request) {
    Hooks current = hooks;
    if (current == null || clientType == null || request == null) {
      return null;
    }
    try {
      return current.onRequest(clientType, target, request);
    } catch (Throwable t) {
      return null;
    }
  }

  public Object onResponse(Object call, Object response) {
    Hooks current = hooks;
    if (current == null || call == null) {
      return response;
    }
    try {
      Object observed = current.onResponse(call, response);
      return observed == null ? response : observed;
    } catch (Throwable t) {
      return response;
    }
  }

  public void onFailure(Object call, Throwable error) {
    Hooks current = hooks;
    if (current != null && call != null && error != null) {
      try {
        current.onFailure(call, error);
      } catch (Throwable ignored) {
        // never disturb the application's own exception
      }
    }
  }
}

package io.driftwatch.bootstrap;

/**
 * What advice inlined into {@code jdk.internal.net.http.HttpClientImpl} calls. JDK types only:
 * this class is on the bootstrap path and must resolve from the java.net.http module.
 */
public final class JdkHttpClientBridge {

  /** Implemented inside the agent class loader. */
  public interface Hooks {
    /** Returns a body handler that observes the response, or {@code null} for a call we ignore. */
    Object onSend(Object request, Object bodyHandler);

    /**
     * The request to send in place of the application's (the same one with its body observed as
     * it goes out), or {@code null} to send the application's own. Called after {@link #onSend}.
     */
    Object onRequest(Object request, Object observedBodyHandler);

    /** The send failed before or while the response arrived. */
    void onSendFailed(Object bodyHandler, Throwable error);

    /** Watches the future of sendAsync for failures that never reach the body handler. */
    void onSendAsync(Object bodyHandler, Object responseFuture);
  }

  private static volatile Hooks hooks;

  private JdkHttpClientBridge() {}

  public static void install(Hooks installed) {
    hooks = installed;
  }

  public static Object onSend(Object request, Object bodyHandler) {
    Hooks current = hooks;
    if (current == null || request == null || bodyHandler == null) {
      return bodyHandler;
    }
    try {
      Object observed = current.onSend(request, bodyHandler);
      return observed == null ? bodyHandler : observed;
    } catch (Throwable t) {
      return bodyHandler;
    }
  }

  public static Object requestToSend(Object request, Object bodyHandler) {
    Hooks current = hooks;
    if (current == null || request == null || bodyHandler == null) {
      return request;
    }
    try {
      Object observed = current.onRequest(request, bodyHandler);
      return observed == null ? request : observed;
    } catch (Throwable t) {
      return request;
    }
  }

  public static void onSendFailed(Object bodyHandler, Throwable error) {
    Hooks current = hooks;
    if (current != null && bodyHandler != null && error != null) {
      try {
        current.onSendFailed(bodyHandler, error);
      } catch (Throwable ignored) {
        // never disturb the application's own exception
      }
    }
  }

  public static void onSendAsync(Object bodyHandler, Object responseFuture) {
    Hooks current = hooks;
    if (current != null && bodyHandler != null && responseFuture != null) {
      try {
        current.onSendAsync(bodyHandler, responseFuture);
      } catch (Throwable ignored) {
        // the application's future is untouched
      }
    }
  }
}

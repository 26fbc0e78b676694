package io.driftwatch.genai.exchange;

import io.driftwatch.genai.context.CallerContext;
import io.driftwatch.genai.context.MetadataCapture;
import io.driftwatch.genai.context.RequestMetadata;
import io.driftwatch.genai.util.DropCounter;

/**
 * The one registry of process-wide state that HTTP client adapters reach: the detector, the body
 * bound and the sink, installed once by the agent. Before installation every call is ignored.
 */
public final class LlmExchanges {

  private static volatile Installed installed;

  private record Installed(ProviderProtocols protocols, int maxCapturedBodyBytes, ExchangeSink sink,
      MetadataCapture metadata, DropCounter drops) {}

  static final String INSTRUMENTATION_FAILED = "instrumentation_failed";

  private LlmExchanges() {}

  public static void install(ProviderProtocols protocols, int maxCapturedBodyBytes, ExchangeSink sink,
      MetadataCapture metadata, DropCounter drops) {
    installed = new Installed(protocols, maxCapturedBodyBytes, sink, metadata, drops);
  }

  /**
   * An HTTP client adapter caught its own failure and left the call alone: count it, log the first.
   * Never throws.
   */
  public static void reportFailure(String where, Throwable failure) {
    Installed current = installed;
    if (current != null && current.drops != null) {
      try {
        current.drops.count(INSTRUMENTATION_FAILED, where + " instrumentation failed and stepped aside: " + failure);
      } catch (RuntimeException ignored) {
        // nothing more to do
      }
    }
  }

  /** Cheap first step for every request: null means "not an LLM call", do nothing more. */
  public static LlmEndpoint detect(String host, int port, String path, HeaderLookup headers) {
    Installed current = installed;
    return current == null ? null : current.protocols.detect(host, port, path, headers);
  }

  public static int maxCapturedBodyBytes() {
    Installed current = installed;
    return current == null ? 0 : current.maxCapturedBodyBytes;
  }

  /** Starts an exchange whose runbook metadata is read on this thread. */
  public static LlmExchange start(LlmEndpoint endpoint, OutboundRequest request) {
    return start(endpoint, request, null);
  }

  /**
   * Starts an exchange on a thread other than the application's.
   *
   * @param caller what {@link CallerContext#capture()} took on the thread that started the call,
   *     or null to read this thread
   */
  public static LlmExchange start(LlmEndpoint endpoint, OutboundRequest request, CallerContext caller) {
    Installed current = installed;
    if (current == null) {
      return null;
    }
    return new LlmExchange(endpoint, request, current.maxCapturedBodyBytes, current.sink,
        metadataOf(current, request, caller), current.protocols);
  }

  private static RequestMetadata metadataOf(Installed current, OutboundRequest request, CallerContext caller) {
    try {
      return current.metadata == null ? RequestMetadata.NONE : current.metadata.capture(request.headers()::get, caller);
    } catch (RuntimeException e) {
      return RequestMetadata.NONE;
    }
  }
}

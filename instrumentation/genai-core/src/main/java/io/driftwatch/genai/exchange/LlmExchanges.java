package io.driftwatch.genai.exchange;

import io.driftwatch.genai.detect.LlmEndpoint;
import io.driftwatch.genai.detect.ProviderDetector;

/**
 * The one registry of process-wide state that HTTP client adapters reach: the detector, the body
 * bound and the sink, installed once by the agent. Before installation every call is ignored.
 */
public final class LlmExchanges {

  private static volatile Installed installed;

  private record Installed(ProviderDetector detector, int maxCapturedBodyBytes, ExchangeSink sink) {}

  private LlmExchanges() {}

  public static void install(ProviderDetector detector, int maxCapturedBodyBytes, ExchangeSink sink) {
    installed = new Installed(detector, maxCapturedBodyBytes, sink);
  }

  /** Cheap first step for every request: null means "not an LLM call", do nothing more. */
  public static LlmEndpoint detect(String host, int port, String path, HeaderLookup headers) {
    Installed current = installed;
    return current == null ? null : current.detector.detect(host, port, path, headers);
  }

  public static int maxCapturedBodyBytes() {
    Installed current = installed;
    return current == null ? 0 : current.maxCapturedBodyBytes;
  }

  public static LlmExchange start(LlmEndpoint endpoint, OutboundRequest request) {
    Installed current = installed;
    if (current == null) {
      return null;
    }
    return new LlmExchange(endpoint, request, current.maxCapturedBodyBytes, current.sink);
  }
}

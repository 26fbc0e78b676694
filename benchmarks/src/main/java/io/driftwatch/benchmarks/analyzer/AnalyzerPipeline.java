package io.driftwatch.benchmarks.analyzer;

import io.driftwatch.genai.analysis.CallAnalyzer;
import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.context.MetadataCapture;
import io.driftwatch.genai.context.MetadataSettings;
import io.driftwatch.genai.exchange.ExchangeSink;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.exchange.OutboundRequest;
import io.driftwatch.genai.pipeline.ExchangeAnalyzer;
import io.driftwatch.genai.providers.detect.ProviderDetector;
import io.driftwatch.genai.util.DropCounter;
import java.util.Map;

/**
 * Driftwatch's analysis pipeline wired as the agent wires it (same detector, body bound, metadata
 * capture as {@code AgentInstaller}, and the analyzer from {@code ExchangeAnalyzer.callAnalyzer}, default
 * settings), but with a sink that keeps finished exchanges instead of queueing them for spans.
 */
final class AnalyzerPipeline {

  /** How many bytes the HTTP client hands over per read: OkHttp's segment size. */
  static final int READ_SIZE = 8192;

  private static final HeaderLookup REQUEST_HEADERS = headers(Map.of(
      "content-type", "application/json", "x-stainless-retry-count", "0"));

  private final CallAnalyzer analyzer;
  private LlmExchange lastFinished;

  AnalyzerPipeline() {
    GenAiSettings settings = GenAiSettings.defaults();
    ExchangeSink keepLast = exchange -> lastFinished = exchange;
    LlmExchanges.install(new ProviderDetector(settings.extraEndpoints(), settings.detectByPath()),
        settings.maxCapturedBodyBytes(), keepLast, new MetadataCapture(MetadataSettings.from(key -> null)),
        DropCounter.IGNORE);
    this.analyzer = ExchangeAnalyzer.callAnalyzer(settings, DropCounter.IGNORE);
  }

  CallAnalyzer analyzer() {
    return analyzer;
  }

  /**
   * What runs on the application's thread for one call: detection, the exchange start (request
   * headers, metadata), the response head, every read of the body, and the hand-over at the end.
   */
  LlmExchange observe(byte[] requestBody, byte[] responseBody, HeaderLookup responseHeaders) {
    return observe(requestBody, responseBody, responseHeaders, false);
  }

  /** @param eventLoop read as the Netty adapter reads: a stream's events only framed, folded by the analyzer */
  LlmExchange observe(byte[] requestBody, byte[] responseBody, HeaderLookup responseHeaders, boolean eventLoop) {
    LlmEndpoint endpoint = LlmExchanges.detect("api.openai.com", 443, "/v1/chat/completions", REQUEST_HEADERS);
    LlmExchange exchange = LlmExchanges.start(endpoint,
        new OutboundRequest("api.openai.com", 443, REQUEST_HEADERS, requestBody, requestBody.length));
    if (eventLoop) {
      exchange.foldOffReadingThread();
    }
    exchange.onResponseHead(200, responseHeaders, responseBody.length);
    for (int offset = 0; offset < responseBody.length; offset += READ_SIZE) {
      exchange.onResponseBytes(responseBody, offset, Math.min(READ_SIZE, responseBody.length - offset));
    }
    exchange.complete();
    return exchange;
  }

  /** The exchange the sink received last. */
  LlmExchange lastFinished() {
    return lastFinished;
  }

  /** Response headers as OpenAI sends them, with this content type. */
  static HeaderLookup responseHeaders(String contentType) {
    return headers(Map.of(
        "content-type", contentType,
        "x-ratelimit-remaining-requests", "9999",
        "x-ratelimit-remaining-tokens", "1999000",
        "x-request-id", "req_0123456789abcdef"));
  }

  private static HeaderLookup headers(Map<String, String> values) {
    return values::get;
  }
}

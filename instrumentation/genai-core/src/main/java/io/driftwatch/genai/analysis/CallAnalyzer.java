package io.driftwatch.genai.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.genai.analysis.checks.CallCheck;
import io.driftwatch.genai.analysis.checks.Findings;
import io.driftwatch.genai.analysis.content.MessageContentCapture;
import io.driftwatch.genai.analysis.cost.CostCalculator;
import io.driftwatch.genai.analysis.outcome.Outcome;
import io.driftwatch.genai.analysis.outcome.OutcomeClassifier;
import io.driftwatch.genai.analysis.outcome.RateLimitReading;
import io.driftwatch.genai.analysis.outcome.RetryDetector;
import io.driftwatch.genai.analysis.report.CallReport;
import io.driftwatch.genai.analysis.report.CapturedContent;
import io.driftwatch.genai.analysis.runbook.RunbookAnalysis;
import io.driftwatch.genai.exchange.BoundedCapture;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.ProviderFormat;
import io.driftwatch.genai.providers.ProviderParser;
import io.driftwatch.genai.providers.ProviderParsers;
import io.driftwatch.genai.providers.stream.StreamObserver;
import io.driftwatch.genai.util.DropCounter;
import io.driftwatch.genai.util.FaultInjection;
import java.io.IOException;
import java.util.List;

/**
 * Reads a finished exchange with its provider's parser (one JSON parse per body), classifies the
 * outcome, runs the behavioral checks on successful answers, and hands back what it concluded as
 * one immutable {@link CallReport}.
 */
public final class CallAnalyzer {

  static final String NOT_JSON = "not_json";
  static final String TOO_LARGE = "too_large";
  static final String NOT_CAPTURED = "not_captured";
  static final String MALFORMED_EVENT = "malformed_event";
  static final String UNSUPPORTED_ENCODING = "unsupported_encoding";

  private final ObjectMapper mapper = new ObjectMapper();
  private final DropCounter drops;
  private final List<CallCheck> checks;
  private final RetryDetector retries;
  private final CostCalculator costs;
  private final MessageContentCapture content;
  private final RunbookAnalysis runbook = new RunbookAnalysis();

  public CallAnalyzer(DropCounter drops, List<CallCheck> checks, RetryDetector retries, CostCalculator costs,
      MessageContentCapture content) {
    this.drops = drops;
    this.content = content;
    this.checks = List.copyOf(checks);
    this.retries = retries;
    this.costs = costs;
  }

  public CallReport analyze(LlmExchange exchange) {
    return analyzeKeepingAnswer(exchange).report();
  }

  /** The same analysis, also handing back the answer (for the replay set and the replay command). */
  public AnalyzedCall analyzeKeepingAnswer(LlmExchange exchange) {
    FaultInjection.at(FaultInjection.ANALYZER);
    StreamObserver stream = exchange.stream() instanceof StreamObserver ? (StreamObserver) exchange.stream() : null;
    GenAiCall call = stream != null ? stream.finish() : new GenAiCall();
    ProviderParser parser = ProviderParsers.forEndpoint(exchange.endpoint());
    byte[] requestBody = exchange.requestBody();
    JsonNode request = requestBody == null ? null : parseOrNull(requestBody, requestBody.length, "request");
    if (request != null) {
      parser.readRequest(request, call);
    }
    String skipped = stream != null ? readStreamHealth(stream) : readResponse(exchange, parser, call);
    call.seal(drops); // bounds what a hostile provider sent before anything below reads it
    CapturedContent captured = null;
    if (content != null) {
      captured = content.capture(request, call);
    }
    Outcome outcome = OutcomeClassifier.classify(exchange, Boolean.TRUE.equals(call.stream));
    Findings findings = new Findings();
    boolean embeds = exchange.endpoint().format() instanceof ProviderFormat
        && ((ProviderFormat) exchange.endpoint().format()).embeds();
    if (skipped == null && outcome == Outcome.SUCCESS && !embeds) { // vectors have no text to check
      for (CallCheck check : checks) {
        check.check(call, requestBody, findings);
      }
    }
    CallReport report = CallReportAssembly.assemble(exchange, call, stream, new CallReportAssembly.Conclusions(
        errorTypeOf(exchange), skipped, outcome, retries.retrySource(exchange, outcome),
        RetryDetector.sdkRetryCount(exchange), RateLimitReading.of(exchange.responseHeaders(), drops), findings,
        costs.costOf(exchange.endpoint().providerName(), call), runbook.analyze(exchange.endpoint().providerName(),
            exchange.endpoint().operationName(), exchange.serverAddress(), exchange.metadata(), call), captured,
        embeds));
    return new AnalyzedCall(report, call);
  }

  private String readStreamHealth(StreamObserver stream) {
    if (stream.malformedEvents() > 0) {
      drops.count(MALFORMED_EVENT, "a streamed answer had a malformed or oversized event; it was skipped");
    }
    return null;
  }

  private String readResponse(LlmExchange exchange, ProviderParser parser, GenAiCall call) {
    BoundedCapture body = exchange.responseBody();
    if (body == null || body.size() == 0 && !body.overflowed()) {
      return exchange.statusCode() < 0 ? null : NOT_CAPTURED;
    }
    if (body.overflowed()) {
      drops.count(TOO_LARGE, "response body larger than the capture bound; span has no response attributes");
      return TOO_LARGE;
    }
    ContentDecoding.Decoded decoded = ContentDecoding.decode(exchange.responseHeaders().contentEncoding(),
        body.bytes(), body.size(), exchange.maxCapturedBodyBytes());
    if (decoded.skipped() != null) {
      drops.count(decoded.skipped(), "response body in a content encoding the agent cannot read, or over the bound"
          + " once decoded; span has no response attributes");
      return decoded.skipped();
    }
    JsonNode response = parseOrNull(decoded.bytes(), decoded.length(), "response");
    if (response == null) {
      return NOT_JSON;
    }
    if (!response.isObject()) {
      drops.count(NOT_JSON, "response body is not a JSON object");
      return NOT_JSON;
    }
    if (exchange.statusCode() >= 400) {
      parser.readError(response, call);
    } else {
      parser.readResponse(response, call);
    }
    return null;
  }

  private JsonNode parseOrNull(byte[] bytes, int length, String which) {
    try {
      return mapper.readTree(bytes, 0, length);
    } catch (JsonProcessingException e) {
      drops.count(NOT_JSON, which + " body is not JSON");
      return null;
    } catch (IOException e) {
      drops.count(NOT_JSON, which + " body could not be read: " + e.getClass().getSimpleName());
      return null;
    }
  }

  /** Exception class for transport failures, the HTTP status for error answers, else null. */
  static String errorTypeOf(LlmExchange exchange) {
    if (exchange.failure() != null) {
      return exchange.failure().getClass().getName();
    }
    if (exchange.statusCode() >= 400) {
      return Integer.toString(exchange.statusCode());
    }
    return null;
  }
}

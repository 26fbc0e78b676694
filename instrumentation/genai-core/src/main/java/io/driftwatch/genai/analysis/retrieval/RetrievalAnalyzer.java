package io.driftwatch.genai.analysis.retrieval;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.analysis.UpstreamBodies;
import io.driftwatch.genai.analysis.report.RetrievalReport;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.retrieval.RetrievalCall;
import io.driftwatch.genai.retrieval.RetrievalFormat;
import io.driftwatch.genai.util.DropCounter;

/**
 * Reads a finished vector-store exchange with its store's reader. A successful answer whose hits
 * are not where the store puts them gives a report without hits or scores and a counted drop.
 */
public final class RetrievalAnalyzer {

  static final String UNKNOWN_SHAPE = "retrieval_unknown_shape";

  private final UpstreamBodies bodies;
  private final DropCounter drops;

  public RetrievalAnalyzer(DropCounter drops) {
    this.drops = drops;
    this.bodies = new UpstreamBodies(drops);
  }

  /** @return the report, or null when the request was no similarity query (a plain search) */
  public RetrievalReport analyze(LlmExchange exchange) {
    RetrievalFormat format = (RetrievalFormat) exchange.endpoint().format();
    JsonNode request = bodies.request(exchange);
    RetrievalCall call = new RetrievalCall();
    format.store().read(format, request, null, call);
    if (call.notRetrieval) {
      return null;
    }
    UpstreamBodies.Body body = bodies.response(exchange);
    String skipped = body.skipped();
    if (skipped == null && body.bytes() != null) {
      JsonNode response = bodies.responseObject(body);
      if (response == null) {
        skipped = "not_json";
      } else {
        call = new RetrievalCall();
        format.store().read(format, request, response, call);
        if (call.hits == null && call.storeErrorType == null && exchange.statusCode() < 400) {
          skipped = "unknown_shape";
          drops.count(UNKNOWN_SHAPE, format.store().name() + " answer had no hits where the store puts them;"
              + " span has no hit attributes");
        }
      }
    }
    String errorType = UpstreamBodies.errorTypeOf(exchange);
    if (errorType == null && call.storeErrorType != null) {
      errorType = call.storeErrorType;
    }
    return new RetrievalReport(format.store().name(), format.operation(), call.collection, exchange.serverAddress(),
        exchange.serverPort(), exchange.requestHeaders().traceparent(), exchange.startEpochNanos(),
        exchange.endEpochNanos(), exchange.durationSeconds(), call.requestedTopK, call.filtered, call.hits,
        call.scoreKind, call.topScore, call.bottomScore, exchange.statusCode(), errorType,
        UpstreamBodies.responseOutcomeOf(exchange), skipped);
  }
}

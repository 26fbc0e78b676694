package io.driftwatch.genai.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.genai.exchange.BoundedCapture;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.util.DropCounter;
import java.io.IOException;

/**
 * The bodies of a vector-store or MCP call, for their analyzers: the request as JSON, the
 * response decoded (content encoding) and bounded as the LLM path reads it. Why a body could not be
 * read is counted once here, with the same reasons as {@link CallAnalyzer}.
 */
public final class UpstreamBodies {

  /** A decoded response, or why there is none ({@code skipped}). */
  public record Body(byte[] bytes, int length, String skipped) {}

  private final ObjectMapper mapper = new ObjectMapper();
  private final DropCounter drops;

  public UpstreamBodies(DropCounter drops) {
    this.drops = drops;
  }

  /** The request body as JSON, or null (no body, or not JSON: not counted, the caller decides). */
  public JsonNode request(LlmExchange exchange) {
    byte[] body = exchange.requestBody();
    return body == null ? null : parse(body, body.length);
  }

  public Body response(LlmExchange exchange) {
    BoundedCapture body = exchange.responseBody();
    if (body == null || body.size() == 0 && !body.overflowed()) {
      return new Body(null, 0, exchange.statusCode() < 0 ? null : CallAnalyzer.NOT_CAPTURED);
    }
    if (body.overflowed()) {
      drops.count(CallAnalyzer.TOO_LARGE, "response body larger than the capture bound; span has no response attributes");
      return new Body(null, 0, CallAnalyzer.TOO_LARGE);
    }
    ContentDecoding.Decoded decoded = ContentDecoding.decode(exchange.responseHeaders().contentEncoding(),
        body.bytes(), body.size(), exchange.maxCapturedBodyBytes());
    if (decoded.skipped() != null) {
      drops.count(decoded.skipped(), "response body in a content encoding the agent cannot read, or over the bound"
          + " once decoded; span has no response attributes");
      return new Body(null, 0, decoded.skipped());
    }
    return new Body(decoded.bytes(), decoded.length(), null);
  }

  /** The response as a JSON object, or null with the reason counted. */
  public JsonNode responseObject(Body body) {
    if (body.bytes() == null) {
      return null;
    }
    JsonNode tree = parse(body.bytes(), body.length());
    if (tree == null || !tree.isObject()) {
      drops.count(CallAnalyzer.NOT_JSON, "response body is not a JSON object");
      return null;
    }
    return tree;
  }

  /** JSON from bytes, or null when they are not JSON. */
  public JsonNode parse(byte[] bytes, int length) {
    try {
      return mapper.readTree(bytes, 0, length);
    } catch (IOException e) {
      return null;
    }
  }

  /** JSON from text, or null when it is not JSON. */
  public JsonNode parse(String text) {
    try {
      return mapper.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  /** Exception class for transport failures, the HTTP status for error answers, else null. */
  public static String errorTypeOf(LlmExchange exchange) {
    return CallAnalyzer.errorTypeOf(exchange);
  }

  /** How the application's read of the response ended, as {@code driftwatch.response.outcome} says it. */
  public static String responseOutcomeOf(LlmExchange exchange) {
    return exchange.outcome() == null ? null : exchange.outcome().name().toLowerCase(java.util.Locale.ROOT);
  }
}

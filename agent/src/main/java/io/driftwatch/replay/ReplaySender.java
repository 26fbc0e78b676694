package io.driftwatch.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.driftwatch.genai.analysis.AnalyzedCall;
import io.driftwatch.genai.analysis.CallAnalyzer;
import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.exchange.ExchangeSink;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.exchange.OutboundRequest;
import io.driftwatch.genai.pipeline.ExchangeAnalyzer;
import io.driftwatch.genai.providers.detect.ProviderDetector;
import io.driftwatch.genai.replay.ReplayCase;
import io.driftwatch.genai.replay.ReplayRoutes;
import io.driftwatch.genai.util.DropCounter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a recorded request again with the JDK's HttpClient and reads the answer exactly as the
 * agent reads an application's call: the same detector, the same exchange record fed as the bytes
 * arrive (streams included), the same {@link CallAnalyzer} with the same parsers and checks.
 */
final class ReplaySender implements ExchangeSink {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final CallAnalyzer analyzer;
  private final URI endpoint;
  private final String model;
  private final String apiKey;
  private final Duration timeout;
  private LlmExchange finished;

  /**
   * @param model the model to ask instead of the recorded one, or null
   * @param apiKey sent in the provider's key header, or null
   */
  ReplaySender(GenAiSettings settings, URI endpoint, String model, String apiKey, Duration timeout, DropCounter drops) {
    this.endpoint = endpoint;
    this.model = model;
    this.apiKey = apiKey;
    this.timeout = timeout;
    this.analyzer = ExchangeAnalyzer.callAnalyzer(settings, drops);
    LlmExchanges.install(new ProviderDetector(settings.extraEndpoints(), settings.detectByPath()),
        settings.maxCapturedBodyBytes(), this, null, drops);
  }

  @Override
  public void submit(LlmExchange exchange) {
    finished = exchange;
  }

  ReplayedCall send(ReplayCase recorded) {
    ReplayRoutes.Route route = ReplayRoutes.forFormat(recorded.format());
    if (route == null) {
      return new ReplayedCall(recorded, null, "format " + recorded.format() + " cannot be replayed");
    }
    String askedModel = model != null ? model : recorded.model();
    JsonNode body = recorded.request().deepCopy();
    if (model != null && body.has("model")) {
      ((ObjectNode) body).put("model", model);
    }
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    URI uri = URI.create(endpoint.toString().replaceAll("/+$", "") + route.path(askedModel));
    Map<String, String> headers = new HashMap<>(route.requiredHeaders());
    headers.put("content-type", "application/json");
    if (apiKey != null && route.keyHeader() != null) {
      headers.put(route.keyHeader(), route.keyPrefix() + apiKey);
    }
    HeaderLookup headerLookup = name -> headers.get(name.toLowerCase(Locale.ROOT));
    LlmEndpoint detected = LlmExchanges.detect(uri.getHost(), port(uri), uri.getPath(), headerLookup);
    if (detected == null) {
      return new ReplayedCall(recorded, null, uri.getHost() + uri.getPath() + " is not an LLM endpoint the agent"
          + " recognises (add it to " + GenAiSettings.ENDPOINTS + ")");
    }
    finished = null;
    LlmExchange exchange = LlmExchanges.start(detected, new OutboundRequest(uri.getHost(), port(uri), headerLookup,
        bytes, bytes.length));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
    headers.forEach(request::header);
    try {
      HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      exchange.onResponseHead(response.statusCode(), name -> response.headers().firstValue(name).orElse(null),
          response.headers().firstValueAsLong("content-length").orElse(-1));
      try (InputStream in = response.body()) {
        byte[] buffer = new byte[16 * 1024];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          exchange.onResponseBytes(buffer, 0, read);
        }
      }
      exchange.complete();
      if (finished == null) {
        return new ReplayedCall(recorded, null, "the answer could not be read");
      }
      AnalyzedCall analyzed = analyzer.analyzeKeepingAnswer(finished);
      String failure = analyzed.report().behavior().checked() ? null
          : "answered " + response.statusCode() + " (" + analyzed.report().result().outcome() + ")";
      return new ReplayedCall(recorded, analyzed, failure);
    } catch (IOException e) {
      exchange.fail(e);
      return new ReplayedCall(recorded, null, "cannot reach " + uri.getHost() + ":" + port(uri) + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ReplayedCall(recorded, null, "interrupted");
    }
  }

  private static int port(URI uri) {
    return uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}

package io.driftwatch.genai.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.driftwatch.genai.analysis.cost.CostCalculator;
import io.driftwatch.genai.analysis.cost.PriceTable;
import io.driftwatch.genai.analysis.outcome.RetryDetector;
import io.driftwatch.genai.analysis.report.CallReport;
import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.providers.detect.ProviderDetector;
import io.driftwatch.genai.testing.Exchanges;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which body gets read by which parser method, and what error type and skip reason a call ends with. */
class CallAnalyzerTest {

  private final List<String> drops = new ArrayList<>();
  /** No behavioral checks and no content capture: only parsing, error typing and skip reasons. */
  private final CallAnalyzer analyzer = new CallAnalyzer((reason, message) -> drops.add(reason), List.of(),
      new RetryDetector(10_000), new CostCalculator(PriceTable.load(GenAiSettings.PRICES_FILE, null)), null);

  @BeforeEach
  void install() {
    LlmExchanges.install(new ProviderDetector(List.of(), true), 1 << 20, exchange -> {}, null, null);
  }

  private static LlmExchange chat(byte[] requestBody) {
    return Exchanges.start("api.openai.com", 443, "/v1/chat/completions", HeaderLookup.NONE, null, requestBody);
  }

  @Test
  void successfulAnswerIsReadAsAResponse() {
    LlmExchange exchange = chat(Exchanges.utf8("{\"model\":\"gpt-4o-mini\"}"));
    Exchanges.respond(exchange, 200, "openai-chat/response.json");

    CallReport analyzed = analyzer.analyze(exchange);

    assertEquals("gpt-4o-mini", analyzed.request().model());
    assertEquals(1117L, analyzed.usage().inputTokens());
    assertNull(analyzed.result().errorType());
    assertNull(analyzed.result().analysisSkipped());
    assertEquals("chat", analyzed.target().operationName());
    assertEquals("openai", analyzed.target().providerName());
  }

  @Test
  void answerWithStatus400OrAboveIsReadAsAnErrorBody() {
    LlmExchange exchange = chat(null);
    Exchanges.respond(exchange, 400, Exchanges.utf8(
        "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"context_length_exceeded\"},\"usage\":{\"prompt_tokens\":5}}"));

    CallReport analyzed = analyzer.analyze(exchange);

    assertEquals("400", analyzed.result().errorType());
    assertEquals("context_length_exceeded", analyzed.response().providerErrorType());
    assertNull(analyzed.usage().inputTokens(), "an error body is never read as a response");
  }

  @Test
  void transportFailureWinsOverTheStatusAsErrorType() {
    LlmExchange exchange = chat(null);
    exchange.onResponseHead(500, HeaderLookup.NONE, -1);
    exchange.fail(new SocketTimeoutException("Read timed out"));

    assertEquals("java.net.SocketTimeoutException", analyzer.analyze(exchange).result().errorType());
  }

  @Test
  void callThatFailedBeforeAnyResponseIsNotASkippedAnalysis() {
    LlmExchange exchange = chat(null);
    exchange.fail(new SocketTimeoutException("connect timed out"));

    CallReport analyzed = analyzer.analyze(exchange);

    assertNull(analyzed.result().analysisSkipped());
    assertEquals(List.of(), drops);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "[1,2]", "null", "\"text\""})
  void requestBodiesThatAreNotJsonObjectsAreTolerated(String body) {
    LlmExchange exchange = chat(Exchanges.utf8(body));
    Exchanges.respond(exchange, 200, "openai-chat/response.json");

    CallReport analyzed = analyzer.analyze(exchange);

    assertNull(analyzed.request().model());
    assertEquals("gpt-4o-mini-2024-07-18", analyzed.response().model());
  }

  @ParameterizedTest
  @ValueSource(strings = {"   ", "[1,2]", "null", "42", "data: {\"id\":1}\n\n", "{\"unterminated\":"})
  void responseBodiesThatAreNotJsonObjectsAreSkippedAsNotJson(String body) {
    LlmExchange exchange = chat(null);
    Exchanges.respond(exchange, 200, Exchanges.utf8(body));

    assertEquals("not_json", analyzer.analyze(exchange).result().analysisSkipped());
  }
  @ParameterizedTest
  @ValueSource(strings = {"[1,2]", "null", "42"})
  void everyNotJsonSkipIsCountedAsADrop(String body) {
    LlmExchange exchange = chat(null);
    Exchanges.respond(exchange, 200, Exchanges.utf8(body));

    analyzer.analyze(exchange);

    assertEquals(List.of("not_json"), drops);
  }
}

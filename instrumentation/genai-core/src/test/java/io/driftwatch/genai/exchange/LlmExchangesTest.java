package io.driftwatch.genai.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.driftwatch.genai.providers.detect.ProviderDetector;
import io.driftwatch.genai.providers.openai.OpenAiFormat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry client adapters reach: detection, the body bound and the sink, as installed. */
class LlmExchangesTest {

  private final List<LlmExchange> submitted = new ArrayList<>();

  @Test
  void detectUsesTheInstalledDetector() {
    LlmExchanges.install(new ProviderDetector(List.of(), false), 4096, submitted::add, null, null);

    assertEquals(new LlmEndpoint("openai", OpenAiFormat.OPENAI_CHAT),
        LlmExchanges.detect("api.openai.com", 443, "/v1/chat/completions", HeaderLookup.NONE));
    assertNull(LlmExchanges.detect("127.0.0.1", 8080, "/v1/chat/completions", HeaderLookup.NONE));
  }

  @Test
  void maxCapturedBodyBytesIsTheInstalledBound() {
    LlmExchanges.install(new ProviderDetector(List.of(), true), 4096, submitted::add, null, null);

    assertEquals(4096, LlmExchanges.maxCapturedBodyBytes());
  }

  @Test
  void startedExchangesUseTheInstalledBoundAndSink() {
    LlmExchanges.install(new ProviderDetector(List.of(), true), 8, submitted::add, null, null);
    LlmEndpoint endpoint = LlmExchanges.detect("localhost", 11434, "/v1/chat/completions", HeaderLookup.NONE);

    LlmExchange exchange = LlmExchanges.start(endpoint, new OutboundRequest("localhost", 11434, HeaderLookup.NONE, null, -1));
    assertNotNull(exchange);
    exchange.onResponseHead(200, HeaderLookup.NONE, -1);
    exchange.onResponseBytes(new byte[9], 0, 9);
    exchange.complete();

    assertEquals(List.of(exchange), submitted);
    assertEquals(true, exchange.responseBody().overflowed());
  }

  @Test
  void reinstallingReplacesTheEarlierInstallation() {
    List<LlmExchange> first = new ArrayList<>();
    LlmExchanges.install(new ProviderDetector(List.of(), true), 1, first::add, null, null);
    LlmExchanges.install(new ProviderDetector(List.of(), true), 2, submitted::add, null, null);

    LlmExchanges.start(new LlmEndpoint("openai", OpenAiFormat.OPENAI_CHAT),
        new OutboundRequest("localhost", 1, HeaderLookup.NONE, null, -1)).complete();

    assertEquals(2, LlmExchanges.maxCapturedBodyBytes());
    assertEquals(List.of(), first);
    assertEquals(1, submitted.size());
  }
}

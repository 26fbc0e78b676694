package io.driftwatch.instrumentation.apachehttp5.helper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.driftwatch.genai.exchange.ExchangeOutcome;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.providers.detect.ProviderDetector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HttpClient 5 requests and responses seen through the helper, with no agent attached. */
class ObservingClassicCallsTest {

  private static final String CHAT = "http://127.0.0.1:8080/v1/chat/completions";
  private static final String REQUEST = "{\"model\":\"gpt-4o-mini\",\"messages\":[]}";
  private static final byte[] ANSWER = "{\"id\":\"chatcmpl-1\",\"choices\":[]}".getBytes(StandardCharsets.UTF_8);

  private final List<LlmExchange> submitted = new ArrayList<>();
  private final ObservingClassicCalls calls = new ObservingClassicCalls();

  @BeforeEach
  void installCore() {
    LlmExchanges.install(new ProviderDetector(List.of(), true), 64, submitted::add, null, null);
  }

  private static HttpPost post(String uri, String json) {
    HttpPost post = new HttpPost(uri);
    post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
    return post;
  }

  private static CloseableHttpResponse answer(byte[] body) {
    BasicClassicHttpResponse response = new BasicClassicHttpResponse(200);
    response.setHeader("Content-Type", "application/json");
    response.setEntity(new InputStreamEntity(new ByteArrayInputStream(body), body.length, ContentType.APPLICATION_JSON));
    return CloseableHttpResponse.adapt(response);
  }

  @Test
  void llmCallStartsAnExchangeWithTheRepeatableBodyCopied() {
    LlmExchange exchange = calls.start(null, post(CHAT, REQUEST));

    assertEquals("127.0.0.1", exchange.serverAddress());
    assertEquals(8080, exchange.serverPort());
    assertArrayEquals(REQUEST.getBytes(StandardCharsets.UTF_8), exchange.requestBody());
  }

  @Test
  void targetHostGivenApartFromARelativeRequestIsWhereTheCallGoes() {
    LlmExchange exchange = calls.start(new HttpHost("https", "api.openai.com"), post("/v1/chat/completions", REQUEST));

    assertEquals("api.openai.com", exchange.serverAddress());
    assertEquals(443, exchange.serverPort());
  }

  @Test
  void otherRequestsAreLeftAlone() {
    assertNull(calls.start(null, new HttpGet("http://127.0.0.1:8080/health")));
  }

  @Test
  void oneShotBodyIsNeverReadButItsLengthIsKept() throws IOException {
    ByteArrayInputStream stream = new ByteArrayInputStream(REQUEST.getBytes(StandardCharsets.UTF_8));
    HttpPost post = new HttpPost(CHAT);
    post.setEntity(new InputStreamEntity(stream, REQUEST.length(), ContentType.APPLICATION_JSON));

    LlmExchange exchange = calls.start(null, post);

    assertNull(exchange.requestBody());
    assertEquals(REQUEST.length(), exchange.requestBodyLength());
    assertEquals(REQUEST.length(), stream.available());
  }

  @Test
  void bodyOverTheBoundIsNotCopied() {
    LlmExchange exchange = calls.start(null, post(CHAT, REQUEST + " ".repeat(64)));

    assertNull(exchange.requestBody());
  }

  @Test
  void responseEntityGivesTheApplicationTheSameBytesAndCompletesTheExchange() throws IOException {
    LlmExchange exchange = calls.start(null, post(CHAT, REQUEST));
    CloseableHttpResponse response = answer(ANSWER);

    assertSame(response, calls.observe(response, exchange));
    assertArrayEquals(ANSWER, EntityUtils.toByteArray(response.getEntity()));
    assertEquals(List.of(exchange), submitted);
    assertEquals(ExchangeOutcome.COMPLETED, exchange.outcome());
    assertEquals(200, exchange.statusCode());
    assertArrayEquals(ANSWER, Arrays.copyOf(exchange.responseBody().bytes(), exchange.responseBody().size()));
  }

  @Test
  void closingTheResponseUnreadClosesTheExchangeEarly() throws IOException {
    LlmExchange exchange = calls.start(null, post(CHAT, REQUEST));
    CloseableHttpResponse response = (CloseableHttpResponse) calls.observe(answer(ANSWER), exchange);

    response.close();

    assertEquals(ExchangeOutcome.CLOSED_EARLY, exchange.outcome());
    assertEquals(1, submitted.size());
  }
}

package io.driftwatch.instrumentation.apachehttp4.helper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
import org.apache.http.HttpHost;
import org.apache.http.HttpVersion;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.InputStreamEntity;
import org.apache.http.entity.StringEntity;
import org.apache.http.message.BasicHttpResponse;
import org.apache.http.util.EntityUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HttpClient 4 requests and responses seen through the helper, with no agent attached. */
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
    BasicHttpResponse response = new BasicHttpResponse(HttpVersion.HTTP_1_1, 200, "OK");
    response.setHeader("Content-Type", "application/json");
    response.setEntity(new InputStreamEntity(new ByteArrayInputStream(body), body.length, ContentType.APPLICATION_JSON));
    return new ClosedOnce(response);
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
    LlmExchange exchange = calls.start(new HttpHost("api.openai.com", -1, "https"), post("/v1/chat/completions", REQUEST));

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

    CloseableHttpResponse observed = (CloseableHttpResponse) calls.observe(response, exchange);
    assertArrayEquals(ANSWER, EntityUtils.toByteArray(observed.getEntity()));
    observed.close();
    assertEquals(List.of(exchange), submitted);
    assertEquals(ExchangeOutcome.COMPLETED, exchange.outcome());
    assertEquals(200, exchange.statusCode());
    assertArrayEquals(ANSWER, Arrays.copyOf(exchange.responseBody().bytes(), exchange.responseBody().size()));
  }

  @Test
  void closingTheResponseUnreadClosesTheExchangeEarlyAndStillClosesTheResponse() throws IOException {
    LlmExchange exchange = calls.start(null, post(CHAT, REQUEST));
    ClosedOnce original = (ClosedOnce) answer(ANSWER);
    CloseableHttpResponse response = (CloseableHttpResponse) calls.observe(original, exchange);

    response.close();

    assertEquals(ExchangeOutcome.CLOSED_EARLY, exchange.outcome());
    assertEquals(1, submitted.size());
    assertEquals(true, original.closed);
  }
}

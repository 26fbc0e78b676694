package io.driftwatch.genai.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.driftwatch.genai.context.RequestMetadata;
import io.driftwatch.genai.providers.detect.ProviderDetector;
import io.driftwatch.genai.providers.openai.OpenAiFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Response bodies read as plain Java streams: the application's bytes unchanged, each ending recorded once. */
class ObservingStreamsTest {

  private static final byte[] BODY = "{\"id\":\"chatcmpl-1\",\"choices\":[]}".getBytes(StandardCharsets.UTF_8);
  private static final HeaderLookup JSON = name -> "content-type".equalsIgnoreCase(name) ? "application/json" : null;

  private final List<LlmExchange> submitted = new ArrayList<>();
  private final LlmExchange exchange = new LlmExchange(new LlmEndpoint("openai", OpenAiFormat.OPENAI_CHAT),
      new OutboundRequest("127.0.0.1", 8080, HeaderLookup.NONE, null, -1), 1024, submitted::add, RequestMetadata.NONE,
        new ProviderDetector(List.of(), true));

  private ObservedResponseBody body(long declaredLength) {
    exchange.onResponseHead(200, JSON, declaredLength);
    return new ObservedResponseBody(exchange, declaredLength, "test");
  }

  private byte[] captured() {
    return Arrays.copyOf(exchange.responseBody().bytes(), exchange.responseBody().size());
  }

  @Test
  void applicationReadsTheSameBytesAndTheEndCompletesTheExchange() throws IOException {
    ObservedResponseBody body = body(-1);
    byte[] read;
    try (InputStream in = new ObservingInputStream(new ByteArrayInputStream(BODY), body)) {
      read = in.readAllBytes();
    }

    assertArrayEquals(BODY, read);
    assertArrayEquals(BODY, captured());
    assertEquals(List.of(exchange), submitted);
    assertEquals(ExchangeOutcome.COMPLETED, exchange.outcome());
  }

  @Test
  void singleByteReadsAndSkipsAreSeenToo() throws IOException {
    ObservedResponseBody body = body(BODY.length);
    InputStream in = new ObservingInputStream(new ByteArrayInputStream(BODY), body);
    assertEquals('{', in.read());
    assertEquals(5, in.skip(5));
    in.readAllBytes();

    assertArrayEquals(BODY, captured());
    assertEquals(ExchangeOutcome.COMPLETED, exchange.outcome());
  }

  @Test
  void closingAfterTheDeclaredLengthWithoutSeeingTheEndIsCompleted() throws IOException {
    InputStream in = new ObservingInputStream(new ByteArrayInputStream(BODY), body(BODY.length));
    in.readNBytes(BODY.length);
    in.close();

    assertEquals(ExchangeOutcome.COMPLETED, exchange.outcome());
  }

  @Test
  void closingBeforeTheEndIsAnEarlyClose() throws IOException {
    InputStream in = new ObservingInputStream(new ByteArrayInputStream(BODY), body(BODY.length));
    in.readNBytes(4);
    in.close();

    assertEquals(ExchangeOutcome.CLOSED_EARLY, exchange.outcome());
    assertEquals(1, submitted.size());
  }

  @Test
  void streamsOverOneConnectionShareOneCount() throws IOException {
    ObservedResponseBody body = body(BODY.length);
    InputStream connection = new ByteArrayInputStream(BODY);
    new ObservingInputStream(connection, body).readNBytes(10);
    InputStream second = new ObservingInputStream(connection, body);
    second.readNBytes(BODY.length - 10);
    second.close();

    assertArrayEquals(BODY, captured());
    assertEquals(ExchangeOutcome.COMPLETED, exchange.outcome());
  }

  @Test
  void aReadFailureFailsTheExchangeAndReachesTheApplicationUnchanged() {
    IOException reset = new IOException("connection reset");
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw reset;
      }
    };
    InputStream in = new ObservingInputStream(broken, body(-1));

    assertSame(reset, assertThrows(IOException.class, () -> in.read(new byte[8], 0, 8)));
    assertEquals(ExchangeOutcome.FAILED, exchange.outcome());
    assertSame(reset, exchange.failure());
  }

  @Test
  void writesReachTheApplicationStreamAndAreReported() throws IOException {
    ByteArrayOutputStream application = new ByteArrayOutputStream();
    ObservingOutputStream out = new ObservingOutputStream(application, body(-1));
    out.write(BODY[0]);
    out.write(BODY, 1, BODY.length - 1);

    assertArrayEquals(BODY, application.toByteArray());
    assertArrayEquals(BODY, captured());
  }
}

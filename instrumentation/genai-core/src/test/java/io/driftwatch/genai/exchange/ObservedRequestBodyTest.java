package io.driftwatch.genai.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.driftwatch.genai.context.RequestMetadata;
import io.driftwatch.genai.providers.detect.ProviderDetector;
import io.driftwatch.genai.providers.openai.OpenAiFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A streamed request body copied as it is written, up to the bound, and handed over at its end. */
class ObservedRequestBodyTest {

  private static final byte[] BODY = "{\"model\":\"gpt-4o-mini\",\"messages\":[]}".getBytes(StandardCharsets.UTF_8);

  private static LlmExchange streamedRequestExchange(int maxBytes) {
    return new LlmExchange(new LlmEndpoint("openai", OpenAiFormat.OPENAI_CHAT),
        new OutboundRequest("api.openai.com", 443, HeaderLookup.NONE, null, -1), maxBytes, exchange -> {},
        RequestMetadata.NONE, new ProviderDetector(List.of(), true));
  }

  @Test
  void piecesWrittenAreCopiedInOrderAndHandedOverAtTheEnd() {
    LlmExchange exchange = streamedRequestExchange(1024);
    ObservedRequestBody copy = new ObservedRequestBody(exchange, -1, "test");

    copy.onBytes(BODY, 0, 10);
    ByteBuffer rest = ByteBuffer.wrap(BODY, 10, BODY.length - 10);
    copy.onBytes(rest);
    assertNull(exchange.requestBody(), "nothing is handed over before the end");
    copy.onEnd();

    assertEquals(10, rest.position(), "the client's buffer is left where it was");
    assertArrayEquals(BODY, exchange.requestBody());
    assertEquals(BODY.length, exchange.requestBodyLength());
  }

  @Test
  void aBodyOverTheBoundIsCountedButNotKept() {
    LlmExchange exchange = streamedRequestExchange(16);
    ObservedRequestBody copy = new ObservedRequestBody(exchange, -1, "test");

    copy.onBytes(BODY, 0, BODY.length);
    copy.onEnd();

    assertNull(exchange.requestBody());
    assertEquals(BODY.length, exchange.requestBodyLength());
  }

  @Test
  void aFailedWriteHandsNothingOverAndTheFirstEndedWriteWins() {
    LlmExchange exchange = streamedRequestExchange(1024);
    ObservedRequestBody failed = new ObservedRequestBody(exchange, -1, "test");
    failed.onBytes(BODY, 0, 5);
    failed.onFailure();
    failed.onEnd();
    assertEquals(-1, exchange.requestBodyLength());

    ObservedRequestBody retry = new ObservedRequestBody(exchange, BODY.length, "test");
    retry.onBytes(BODY, 0, BODY.length);
    retry.onEnd();
    ObservedRequestBody later = new ObservedRequestBody(exchange, -1, "test");
    later.onBytes(new byte[] {'x'}, 0, 1);
    later.onEnd();

    assertArrayEquals(BODY, exchange.requestBody());
  }

  @Test
  void writeObservedPassesEveryByteOnAndRethrowsTheEntitysFailure() throws IOException {
    LlmExchange exchange = streamedRequestExchange(1024);
    ByteArrayOutputStream connection = new ByteArrayOutputStream();

    ObservedRequestBody.writeObserved(exchange, -1, "test", connection, out -> {
      out.write(BODY, 0, 3);
      out.write(BODY[3]);
      out.write(BODY, 4, BODY.length - 4);
    });
    assertArrayEquals(BODY, connection.toByteArray());
    assertArrayEquals(BODY, exchange.requestBody());

    LlmExchange failing = streamedRequestExchange(1024);
    IOException broken = new IOException("broken pipe");
    IOException thrown = assertThrows(IOException.class, () -> ObservedRequestBody.writeObserved(failing, -1, "test",
        new ByteArrayOutputStream(), out -> {
          out.write(BODY, 0, 3);
          throw broken;
        }));
    assertSame(broken, thrown);
    assertNull(failing.requestBody());
  }
}

package io.driftwatch.genai.providers.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.providers.GenAiCall;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The whole-response parse of a Responses stream waits for finish(), which runs on the analyzer's thread. */
class OpenAiResponsesStreamDeferredParseTest {

  private static final byte[] COMPLETED = ("{\"type\":\"response.completed\",\"response\":{\"id\":\"resp_1\","
      + "\"model\":\"gpt-4.1\",\"status\":\"completed\",\"output\":[],"
      + "\"usage\":{\"input_tokens\":3,\"output_tokens\":5}}}").getBytes(StandardCharsets.UTF_8);

  @Test
  void theFinalEventIsOnlyKeptWhileReadingAndParsedAtTheEnd() throws IOException {
    OpenAiResponsesStreamAccumulator accumulator = new OpenAiResponsesStreamAccumulator();
    GenAiCall call = new GenAiCall();
    byte[] wire = new byte[COMPLETED.length + 4];
    System.arraycopy(COMPLETED, 0, wire, 2, COMPLETED.length);

    assertFalse(accumulator.onEvent("response.completed", wire, 2, COMPLETED.length, call));
    java.util.Arrays.fill(wire, (byte) 'x'); // the reader's buffer is reused: the event was copied
    assertNull(call.responseId);

    accumulator.finish(call);
    assertEquals("resp_1", call.responseId);
    assertEquals(5L, call.outputTokens);
  }

  @Test
  void deltasAreChunksByTheirNameAlone() throws IOException {
    byte[] notJson = "not json".getBytes(StandardCharsets.UTF_8);
    assertTrue(new OpenAiResponsesStreamAccumulator()
        .onEvent("response.output_text.delta", notJson, 0, notJson.length, new GenAiCall()));
  }

  @Test
  void aMalformedFinalEventIsReportedAtTheEnd() throws IOException {
    OpenAiResponsesStreamAccumulator accumulator = new OpenAiResponsesStreamAccumulator();
    GenAiCall call = new GenAiCall();
    accumulator.onEvent("response.completed", COMPLETED, 0, 20, call);
    assertThrows(IOException.class, () -> accumulator.finish(call));
  }
}

package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.samples.otlp.ReceivedSpan;
import io.driftwatch.samples.standin.CannedResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every blocking HTTP client must show with the agent attached, each client answering the
 * same calls its own way: the application reads exactly the bytes the provider sent, and each
 * call is one span that ends the way the application ended it.
 */
abstract class ClassicHttpClientConformance {

  /** POSTs JSON and reads the whole body the client's usual way. */
  abstract byte[] postReadingWhole(String url, String json) throws IOException;

  /** POSTs JSON and reads the body line by line, as an SSE client does; each line keeps its "\n". */
  abstract String postReadingLines(String url, String json) throws IOException;

  /** POSTs JSON and has the client write the body into a stream ({@code entity.writeTo}). */
  abstract byte[] postWritingTo(String url, String json) throws IOException;

  /** POSTs JSON and closes the response without reading its body. */
  abstract void postClosingUnread(String url, String json) throws IOException;

  /** POSTs a body the client can send only once (a stream), reading the answer whole. */
  abstract byte[] postOneShotBody(String url, byte[] body) throws IOException;

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
  }

  static String chatUrl() {
    return PROVIDER.baseUrl() + "/v1/chat/completions";
  }

  static String chatRequest(String model, boolean stream) {
    return "{\"model\":\"" + model + "\",\"max_tokens\":64,\"temperature\":0.3,\"stream\":" + stream
        + (stream ? ",\"stream_options\":{\"include_usage\":true}" : "")
        + ",\"messages\":[{\"role\":\"user\",\"content\":\"What is observability?\"}]}";
  }

  static String chatAnswer(String model) {
    return "{\"id\":\"chatcmpl-apache\",\"object\":\"chat.completion\",\"created\":1700000000,\"model\":\"" + model
        + "\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Seeing inside.\","
        + "\"refusal\":null},\"finish_reason\":\"stop\"}],"
        + "\"usage\":{\"prompt_tokens\":21,\"completion_tokens\":4,\"total_tokens\":25}}";
  }

  @Test
  void wholeChatCompletionIsOneSpanAndTheApplicationReadsTheExactBytes() throws IOException {
    String model = uniqueModel("gpt-4o-whole");
    String answer = chatAnswer(model);
    PROVIDER.enqueue(CannedResponse.json(200, answer));

    byte[] read = postReadingWhole(chatUrl(), chatRequest(model, false));

    assertArrayEquals(answer.getBytes(StandardCharsets.UTF_8), read);
    ReceivedSpan span = spanFor(model);
    assertEquals("chat " + model, span.name());
    assertEquals("CLIENT", span.kind());
    assertEquals("openai", span.stringAttr("gen_ai.provider.name"));
    assertEquals("chat", span.stringAttr("gen_ai.operation.name"));
    assertEquals("chatcmpl-apache", span.stringAttr("gen_ai.response.id"));
    assertEquals(List.of("stop"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals(64L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(0.3, span.doubleAttr("gen_ai.request.temperature"), 1e-9);
    assertEquals(21L, span.longAttr("gen_ai.usage.input_tokens"));
    assertEquals(4L, span.longAttr("gen_ai.usage.output_tokens"));
    assertEquals("127.0.0.1", span.stringAttr("server.address"));
    assertEquals((long) PROVIDER.port(), span.longAttr("server.port"));
    assertEquals(200L, span.longAttr("http.response.status_code"));
    assertEquals("success", span.stringAttr("driftwatch.outcome"));
    assertEquals("completed", span.stringAttr("driftwatch.response.outcome"));
  }

  @Test
  void streamedChatReadLineByLineGetsUsageChunksAndTheExactBytes() throws IOException {
    String model = uniqueModel("gpt-4o-sse");
    String sse = SseTranscripts.openAiChat(model, List.of("Seeing ", "inside ", "systems."), 12, 3);
    PROVIDER.enqueue(CannedResponse.of(200, "text/event-stream", sse.getBytes(StandardCharsets.UTF_8), Map.of())
        .withChunkedBody(50, 10));

    String read = postReadingLines(chatUrl(), chatRequest(model, true));

    assertEquals(sse, read);
    ReceivedSpan span = spanFor(model);
    assertEquals(true, span.boolAttr("gen_ai.request.stream"));
    assertEquals("success", span.stringAttr("driftwatch.outcome"));
    assertEquals("completed", span.stringAttr("driftwatch.response.outcome"));
    assertEquals("provider", span.stringAttr("driftwatch.stream.usage"));
    assertEquals(12L, span.longAttr("gen_ai.usage.input_tokens"));
    assertEquals(3L, span.longAttr("gen_ai.usage.output_tokens"));
    assertEquals(List.of("stop"), span.listAttr("gen_ai.response.finish_reasons"));
    assertTrue(span.longAttr("driftwatch.stream.chunks") > 1, "chunks: " + span.longAttr("driftwatch.stream.chunks"));
    assertTrue(span.doubleAttr("gen_ai.response.time_to_first_chunk") > 0);
    assertEquals((long) "Seeing inside systems.".length(), span.longAttr("driftwatch.output.length"));
  }

  @Test
  void bodyWrittenIntoAStreamIsTheExactBytesAndCompletesTheCall() throws IOException {
    String model = uniqueModel("gpt-4o-writeto");
    String answer = chatAnswer(model);
    PROVIDER.enqueue(CannedResponse.json(200, answer).withChunkedBody(64, 0));

    byte[] written = postWritingTo(chatUrl(), chatRequest(model, false));

    assertArrayEquals(answer.getBytes(StandardCharsets.UTF_8), written);
    ReceivedSpan span = spanFor(model);
    assertEquals("completed", span.stringAttr("driftwatch.response.outcome"));
    assertEquals(4L, span.longAttr("gen_ai.usage.output_tokens"));
  }

  @Test
  void closingAStreamedResponseUnreadIsACancelledCall() throws IOException {
    String model = uniqueModel("gpt-4o-unread");
    String sse = SseTranscripts.openAiChat(model, List.of("never ", "read ", "at ", "all."), 12, 4);
    PROVIDER.enqueue(CannedResponse.of(200, "text/event-stream", sse.getBytes(StandardCharsets.UTF_8), Map.of())
        .withChunkedBody(40, 20));

    postClosingUnread(chatUrl(), chatRequest(model, true));

    ReceivedSpan span = spanFor(model);
    assertEquals("cancelled", span.stringAttr("driftwatch.outcome"));
    assertEquals("closed_early", span.stringAttr("driftwatch.response.outcome"));
  }

  @Test
  void oneShotRequestBodyIsSentUntouchedAndCopiedAsItIsWritten() throws IOException {
    String model = uniqueModel("gpt-4o-oneshot");
    byte[] request = chatRequest(model, false).getBytes(StandardCharsets.UTF_8);
    PROVIDER.enqueue(CannedResponse.json(200, chatAnswer(model)));

    postOneShotBody(chatUrl(), request);

    assertArrayEquals(request, PROVIDER.requests().get(0).body());
    ReceivedSpan span = RECEIVER.awaitSpans(s -> model.equals(s.stringAttr("gen_ai.response.model")), 1, WAIT).get(0);
    assertEquals(model, span.stringAttr("gen_ai.request.model"));
    assertEquals("chatcmpl-apache", span.stringAttr("gen_ai.response.id"));
  }

  @Test
  void connectionRefusedIsAnErrorSpanNamedAfterTheException() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String model = uniqueModel("gpt-4o-refused");

    assertThrows(IOException.class,
        () -> postReadingWhole("http://127.0.0.1:" + closedPort + "/v1/chat/completions", chatRequest(model, false)));

    ReceivedSpan span = spanFor(model);
    assertEquals("ERROR", span.statusCode());
    assertTrue(span.stringAttr("error.type").endsWith("ConnectException"), span.stringAttr("error.type"));
    assertEquals("failed", span.stringAttr("driftwatch.response.outcome"));
    assertEquals((long) closedPort, span.longAttr("server.port"));
  }
}

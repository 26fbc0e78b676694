package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Spring WebClient on its default Reactor Netty connector (the transport of Spring AI's streaming
 * chat): a whole answer and a server-sent event stream, each one span with the request's and the
 * answer's attributes.
 */
@Tag("conformance")
class WebClientReactorNettyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final WebClient client = WebClient.builder().baseUrl(PROVIDER.baseUrl()).build();

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
  }

  private static String chat(String model, boolean stream) {
    return "{\"model\":\"" + model + "\",\"max_tokens\":55,\"stream\":" + stream
        + (stream ? ",\"stream_options\":{\"include_usage\":true}" : "")
        + ",\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"Why is the sky blue?\"}]}";
  }

  @Test
  void wholeAnswerBecomesAChatSpanWithRequestAndUsage() throws Exception {
    String model = uniqueModel("gpt-4o-mini-webclient");
    String body = client.post().uri("/v1/chat/completions").contentType(MediaType.APPLICATION_JSON)
        .header("Authorization", "Bearer sk-canary-webclient")
        .bodyValue(chat(model, false)).retrieve().bodyToMono(String.class).block();
    JsonNode answer = JSON.readTree(body);

    ReceivedSpan span = spanFor(model);
    assertEquals("chat " + model, span.name());
    assertEquals(55L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(answer.path("id").asText(), span.stringAttr("gen_ai.response.id"));
    assertEquals(answer.path("usage").path("completion_tokens").asLong(), span.longAttr("gen_ai.usage.output_tokens"));
    assertEquals((long) PROVIDER.port(), span.longAttr("server.port"));
    assertEquals("success", span.stringAttr("driftwatch.outcome"));
  }

  @Test
  void serverSentEventStreamGetsChunksUsageAndTimeToFirstChunk() {
    String model = uniqueModel("gpt-4o-mini-webclient-stream");
    PROVIDER.setCompletionText("Short blue waves scatter the most.");
    List<String> events = client.post().uri("/v1/chat/completions").contentType(MediaType.APPLICATION_JSON)
        .accept(MediaType.TEXT_EVENT_STREAM)
        .bodyValue(chat(model, true)).retrieve().bodyToFlux(String.class).collectList().block();

    ReceivedSpan span = spanFor(model);
    assertTrue(events.size() > 3, "events: " + events);
    assertEquals(true, span.boolAttr("gen_ai.request.stream"));
    assertEquals(List.of("stop"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals("provider", span.stringAttr("driftwatch.stream.usage"));
    assertEquals((long) "Short blue waves scatter the most.".length(), span.longAttr("driftwatch.output.length"));
    assertEquals("completed", span.stringAttr("driftwatch.response.outcome"));
    assertTrue(span.doubleAttr("gen_ai.response.time_to_first_chunk") > 0);
  }
}

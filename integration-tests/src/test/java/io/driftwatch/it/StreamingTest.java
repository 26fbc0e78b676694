package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import io.driftwatch.samples.otlp.ReceivedSpan;
import io.driftwatch.samples.standin.CannedResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Streamed answers through the real SDKs: usage, chunks, time to first chunk, and every way a stream ends. */
@Tag("conformance")
class StreamingTest {

  private final OpenAIClient openAi = OpenAIOkHttpClient.builder()
      .baseUrl(PROVIDER.baseUrl() + "/v1").apiKey("sk-canary-stream").maxRetries(0).build();
  private final AnthropicClient anthropic = AnthropicOkHttpClient.builder()
      .baseUrl(PROVIDER.baseUrl()).apiKey("sk-ant-canary-stream").maxRetries(0).build();

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
  }

  private com.openai.core.http.StreamResponse<ChatCompletionChunk> openAiStream(String model) {
    return openAi.chat().completions().createStreaming(ChatCompletionCreateParams.builder()
        .model(model).addUserMessage("Tell me about streams.")
        .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
        .build());
  }

  @Test
  void openAiStreamGetsUsageChunksAndTimeToFirstChunk() {
    String model = uniqueModel("gpt-4o-stream");
    String text;
    try (var stream = openAiStream(model)) {
      text = stream.stream().flatMap(chunk -> chunk.choices().stream())
          .map(choice -> choice.delta().content().orElse("")).collect(Collectors.joining());
    }

    ReceivedSpan span = spanFor(model);
    assertEquals(true, span.boolAttr("gen_ai.request.stream"));
    assertEquals("success", span.stringAttr("driftwatch.outcome"));
    assertEquals("completed", span.stringAttr("driftwatch.response.outcome"));
    assertEquals("provider", span.stringAttr("driftwatch.stream.usage"));
    assertTrue(span.longAttr("gen_ai.usage.output_tokens") > 0);
    assertTrue(span.longAttr("driftwatch.stream.chunks") > 1);
    assertTrue(span.doubleAttr("gen_ai.response.time_to_first_chunk") > 0);
    assertEquals(List.of("stop"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals((long) text.length(), span.longAttr("driftwatch.output.length"));
    RECEIVER.awaitMetric("gen_ai.client.operation.time_to_first_chunk",
        m -> model.equals(m.stringAttr("gen_ai.request.model")), WAIT);
    RECEIVER.awaitMetric("gen_ai.client.operation.time_per_output_chunk",
        m -> model.equals(m.stringAttr("gen_ai.request.model")) && m.count() == span.longAttr("driftwatch.stream.chunks") - 1,
        WAIT);
  }

  @Test
  void anthropicStreamGetsIdModelUsageAndStopReason() {
    String model = uniqueModel("claude-stream");
    try (StreamResponse<RawMessageStreamEvent> stream = anthropic.messages().createStreaming(
        MessageCreateParams.builder().model(model).maxTokens(200).addUserMessage("Stream please").build())) {
      stream.stream().forEach(event -> { });
    }

    ReceivedSpan span = spanFor(model);
    assertTrue(span.stringAttr("gen_ai.response.id").startsWith("msg_"));
    assertEquals(List.of("end_turn"), span.listAttr("gen_ai.response.finish_reasons"));
    assertTrue(span.longAttr("gen_ai.usage.input_tokens") > 0);
    assertTrue(span.longAttr("gen_ai.usage.output_tokens") > 0);
    assertEquals("success", span.stringAttr("driftwatch.outcome"));
  }

  @Test
  void applicationClosingTheStreamMidwayIsACancelledCall() {
    String model = uniqueModel("gpt-4o-cancel");
    PROVIDER.enqueue(slowSse(model, 40));
    try (var stream = openAiStream(model)) {
      Iterator<ChatCompletionChunk> chunks = stream.stream().iterator();
      chunks.next();
      chunks.next();
    }

    ReceivedSpan span = spanFor(model);
    assertEquals("cancelled", span.stringAttr("driftwatch.outcome"));
    assertEquals("closed_early", span.stringAttr("driftwatch.response.outcome"));
    assertEquals("absent", span.stringAttr("driftwatch.stream.usage"));
  }

  @Test
  void malformedEventMidStreamIsSkippedAndTheRestStillCounted() {
    String model = uniqueModel("gpt-4o-malformed");
    String sse = chunk(model, "Hello", null) + "data: {this is not json\n\n" + chunk(model, " world", "stop") + "data: [DONE]\n\n";
    PROVIDER.enqueue(CannedResponse.of(200, "text/event-stream", sse.getBytes(StandardCharsets.UTF_8), Map.of()));
    try (var stream = openAiStream(model)) {
      stream.stream().forEach(chunk -> { });
    } catch (RuntimeException sdkRejectsTheBadEvent) {
      // whatever the SDK does with it, it does the same without the agent
    }

    ReceivedSpan span = spanFor(model);
    assertEquals(List.of(), span.events());
    RECEIVER.awaitMetric("driftwatch.agent.dropped", m -> "malformed_event".equals(m.stringAttr("reason")), WAIT);
  }

  private static CannedResponse slowSse(String model, int words) {
    StringBuilder sse = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sse.append(chunk(model, "word" + i + " ", null));
    }
    sse.append(chunk(model, "", "stop")).append("data: [DONE]\n\n");
    return CannedResponse.of(200, "text/event-stream", sse.toString().getBytes(StandardCharsets.UTF_8), Map.of())
        .withChunkedBody(120, 20);
  }

  private static String chunk(String model, String content, String finishReason) {
    return "data: {\"id\":\"chatcmpl-sse\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\""
        + model + "\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"},\"finish_reason\":"
        + (finishReason == null ? "null" : "\"" + finishReason + "\"") + "}]}\n\n";
  }
}

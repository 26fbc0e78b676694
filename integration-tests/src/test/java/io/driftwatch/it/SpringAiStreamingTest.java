package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.samples.otlp.ReceivedSpan;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.api.OpenAiApi;

/** Spring AI's OpenAI chat model, streaming: its WebClient on Reactor Netty carries the SSE stream. */
@Tag("conformance")
class SpringAiStreamingTest {

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
  }

  @Test
  void streamedChatBecomesOneSpanWithChunksUsageAndFinishReason() {
    String model = uniqueModel("gpt-4o-mini-spring-ai-stream");
    PROVIDER.setCompletionText("Short blue waves scatter the most.");
    OpenAiApi api = OpenAiApi.builder().baseUrl(PROVIDER.baseUrl()).apiKey("sk-canary-spring-ai").build();
    OpenAiChatModel chatModel = OpenAiChatModel.builder().openAiApi(api)
        .defaultOptions(OpenAiChatOptions.builder().model(model).maxTokens(60).streamUsage(true).build())
        .build();

    List<ChatResponse> chunks = chatModel.stream(new Prompt("Why is the sky blue?")).collectList().block();
    String text = chunks.stream()
        .filter(chunk -> chunk.getResult() != null && chunk.getResult().getOutput().getText() != null)
        .map(chunk -> chunk.getResult().getOutput().getText())
        .filter(Objects::nonNull)
        .collect(Collectors.joining());

    ReceivedSpan span = spanFor(model);
    assertEquals("Short blue waves scatter the most.", text);
    assertEquals("chat " + model, span.name());
    assertEquals(true, span.boolAttr("gen_ai.request.stream"));
    assertEquals(60L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(List.of("stop"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals("provider", span.stringAttr("driftwatch.stream.usage"));
    assertEquals((long) text.length(), span.longAttr("driftwatch.output.length"));
    assertTrue(span.doubleAttr("gen_ai.response.time_to_first_chunk") > 0);
  }
}

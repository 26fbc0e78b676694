package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.JsonValue;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import io.driftwatch.it.apps.ToolCallContentApp;
import io.driftwatch.samples.otlp.ReceivedMetric;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tool calls and embeddings through the real SDKs: a tool call is an answer (its tools named, its
 * arguments measured and checked, captured when asked), and an embeddings call is not a chat.
 */
class ToolCallsAndEmbeddingsSdkTest {

  private static final String PAGE_ARGUMENTS = "{\"severity\":2,\"note\":\"db down\"}";

  private final OpenAIClient openAi = OpenAIOkHttpClient.builder()
      .baseUrl(PROVIDER.baseUrl() + "/v1").apiKey("sk-canary-tools").maxRetries(0).build();
  private final AnthropicClient anthropic = AnthropicOkHttpClient.builder()
      .baseUrl(PROVIDER.baseUrl()).apiKey("sk-ant-canary-tools").maxRetries(0).build();

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
  }

  @Test
  void openAiToolCallIsAnAnswerWithItsToolNamedMeasuredAndChecked() {
    String model = uniqueModel("gpt-4o-tools");
    PROVIDER.enqueue(CannedAnswers.openAiToolCall(model, "call_1", "page_oncall", PAGE_ARGUMENTS));
    ChatCompletion completion = openAi.chat().completions().create(ToolCallContentApp.params(model));

    assertEquals(PAGE_ARGUMENTS, completion.choices().get(0).message().toolCalls().orElseThrow().get(0)
        .asFunction().function().arguments(), "the application reads the answer unchanged");
    ReceivedSpan span = spanFor(model);
    assertEquals(List.of("page_oncall"), span.listAttr("driftwatch.tool_call.names"));
    assertEquals(List.of("tool_calls"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals((long) PAGE_ARGUMENTS.length(), span.longAttr("driftwatch.output.length"));
    assertEquals(true, span.boolAttr("driftwatch.format.compliant"));
    assertNull(span.stringAttr("gen_ai.output.messages"), "content capture is off in this JVM");
    RECEIVER.awaitMetric("driftwatch.llm.tool_call_answers", m -> model.equals(m.stringAttr("gen_ai.request.model")), WAIT);
    assertNoPoint("driftwatch.llm.empty_outputs", model);
  }

  @Test
  void streamedOpenAiToolCallIsAssembledAndCheckedAgainstTheToolSchema() {
    String model = uniqueModel("gpt-4o-tools-stream");
    PROVIDER.enqueue(CannedAnswers.openAiToolCallStream(model, "call_2", "page_oncall", "{\"severity\":\"high\"}"));
    StringBuilder arguments = new StringBuilder();
    try (StreamResponse<ChatCompletionChunk> stream =
        openAi.chat().completions().createStreaming(ToolCallContentApp.params(model))) {
      stream.stream().forEach(chunk -> chunk.choices().forEach(choice -> choice.delta().toolCalls()
          .ifPresent(calls -> calls.forEach(call -> call.function().flatMap(f -> f.arguments()).ifPresent(arguments::append)))));
    }

    assertEquals("{\"severity\":\"high\"}", arguments.toString());
    ReceivedSpan span = spanFor(model);
    assertEquals(true, span.boolAttr("gen_ai.request.stream"));
    assertEquals(List.of("page_oncall"), span.listAttr("driftwatch.tool_call.names"));
    assertEquals((long) arguments.length(), span.longAttr("driftwatch.output.length"));
    assertEquals(false, span.boolAttr("driftwatch.format.compliant"));
    assertEquals("tool_arguments_invalid", span.stringAttr("driftwatch.format.violation"));
    assertEquals("page_oncall/severity", span.stringAttr("driftwatch.format.violation.path"));
  }

  @Test
  void anthropicToolUseIsAnAnswerCheckedAgainstItsInputSchema() {
    String model = uniqueModel("claude-tools");
    PROVIDER.enqueue(CannedAnswers.anthropicToolUse(model, "toolu_1", "get_weather", "{\"town\":\"Lisbon\"}"));
    Message message = anthropic.messages().create(weatherRequest(model));

    assertTrue(message.content().stream().anyMatch(ContentBlock::isToolUse));
    ReceivedSpan span = spanFor(model);
    assertEquals(List.of("get_weather"), span.listAttr("driftwatch.tool_call.names"));
    assertEquals((long) ("Checking.".length() + "{\"town\":\"Lisbon\"}".length()), span.longAttr("driftwatch.output.length"));
    assertEquals("tool_arguments_invalid", span.stringAttr("driftwatch.format.violation"));
    assertEquals("get_weather/", span.stringAttr("driftwatch.format.violation.path"));
  }

  @Test
  void streamedAnthropicToolUseIsAssembledAndCompliant() {
    String model = uniqueModel("claude-tools-stream");
    PROVIDER.enqueue(CannedAnswers.anthropicToolUseStream(model, "toolu_2", "get_weather", "{\"city\":\"Lisbon\"}"));
    StringBuilder input = new StringBuilder();
    try (com.anthropic.core.http.StreamResponse<RawMessageStreamEvent> stream =
        anthropic.messages().createStreaming(weatherRequest(model))) {
      stream.stream().forEach(event -> event.contentBlockDelta()
          .flatMap(delta -> delta.delta().inputJson()).ifPresent(json -> input.append(json.partialJson())));
    }

    assertEquals("{\"city\":\"Lisbon\"}", input.toString(), "the application reads the stream unchanged");
    ReceivedSpan span = spanFor(model);
    assertEquals(List.of("get_weather"), span.listAttr("driftwatch.tool_call.names"));
    assertEquals(List.of("tool_use"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals((long) input.length(), span.longAttr("driftwatch.output.length"));
    assertEquals(true, span.boolAttr("driftwatch.format.compliant"));
  }

  private static MessageCreateParams weatherRequest(String model) {
    return MessageCreateParams.builder().model(model).maxTokens(128)
        .addUserMessage("Weather in Lisbon?")
        .putAdditionalBodyProperty("tools", JsonValue.from(List.of(Map.of("name", "get_weather",
            "input_schema", Map.of("type", "object", "required", List.of("city"),
                "properties", Map.of("city", Map.of("type", "string"))))))).build();
  }

  @Test
  void embeddingsCallShowsItsSizeAndNoChatSignals() {
    String model = uniqueModel("text-embedding-3-small");
    CreateEmbeddingResponse response = openAi.embeddings().create(EmbeddingCreateParams.builder()
        .model(model).inputOfArrayOfStrings(List.of("refund policy", "rotate an API key")).build());

    ReceivedSpan span = spanFor(model);
    assertEquals("embeddings " + model, span.name());
    assertEquals(2L, span.longAttr("driftwatch.embeddings.input.count"));
    assertEquals(List.of("base64"), span.listAttr("gen_ai.request.encoding_formats"), "openai-java asks for base64");
    assertEquals((long) response.data().get(0).embedding().size(), span.longAttr("gen_ai.embeddings.dimension.count"),
        "the dimensions of the base64 vectors openai-java asks for");
    for (String chatOnly : List.of("driftwatch.refusal", "driftwatch.output.length", "driftwatch.format.compliant")) {
      assertFalse(span.attributes().containsKey(chatOnly), chatOnly + " on an embeddings span");
    }
    RECEIVER.awaitMetric("driftwatch.llm.calls", m -> model.equals(m.stringAttr("gen_ai.request.model")), WAIT);
    for (String chatOnly : List.of("driftwatch.llm.empty_outputs", "driftwatch.llm.output.length",
        "driftwatch.llm.refusals", "driftwatch.llm.duplicate_outputs")) {
      assertNoPoint(chatOnly, model);
    }
  }

  @Test
  void capturedContentCarriesTheToolCallsWholeAndStreamed() throws Exception {
    String whole = uniqueModel("gpt-4o-tools-content");
    String streamed = uniqueModel("gpt-4o-tools-content-stream");
    PROVIDER.enqueue(CannedAnswers.openAiToolCall(whole, "call_w", "page_oncall", PAGE_ARGUMENTS));
    PROVIDER.enqueue(CannedAnswers.openAiToolCallStream(streamed, "call_s", "page_oncall",
        "{\"severity\":1,\"note\":\"mail ops@example.com\"}"));
    ForkedJvm.Result result = ForkedJvm.run(ForkedJvm.currentJavaHome(),
        List.of("-javaagent:" + ForkedJvm.AGENT_JAR, "-Dotel.service.name=tool-content-app"),
        ForkedJvm.testClassPath(), Map.of("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "true"),
        ToolCallContentApp.class.getName(), PROVIDER.baseUrl() + "/v1", whole, streamed);

    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("whole: 1 tool call(s)"), result.output());
    assertTrue(result.output().contains("streamed arguments: {\"severity\":1,\"note\":\"mail ops@example.com\"}"),
        result.output());
    ObjectMapper json = new ObjectMapper();
    JsonNode wholeCall = json.readTree(spanFor(whole).stringAttr("gen_ai.output.messages")).get(0).get("parts").get(0);
    assertEquals("tool_call", wholeCall.get("type").asText());
    assertEquals("call_w", wholeCall.get("id").asText());
    assertEquals("page_oncall", wholeCall.get("name").asText());
    assertEquals("db down", wholeCall.get("arguments").get("note").asText());
    JsonNode streamedCall = json.readTree(spanFor(streamed).stringAttr("gen_ai.output.messages")).get(0).get("parts").get(0);
    assertEquals("call_s", streamedCall.get("id").asText());
    assertEquals("mail [REDACTED:email]", streamedCall.get("arguments").get("note").asText());
    String input = spanFor(whole).stringAttr("gen_ai.input.messages");
    assertFalse(input.contains("dana@example.com"), input);
  }

  private static void assertNoPoint(String metric, String model) {
    List<ReceivedMetric> points = RECEIVER.metrics().stream()
        .filter(m -> m.name().equals(metric) && model.equals(m.stringAttr("gen_ai.request.model"))).toList();
    assertEquals(List.of(), points, metric + " recorded for " + model);
  }
}

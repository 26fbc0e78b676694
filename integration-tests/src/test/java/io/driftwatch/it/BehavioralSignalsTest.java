package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.models.messages.MessageCreateParams;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Refusals, structured-output compliance and answer shape, computed in the agent from real SDK calls. */
@Tag("conformance")
class BehavioralSignalsTest {

  private static final Map<String, Object> PERSON_SCHEMA = Map.of(
      "type", "object",
      "properties", Map.of("name", Map.of("type", "string"), "age", Map.of("type", "integer")),
      "required", List.of("name", "age"),
      "additionalProperties", false);

  private final OpenAIClient openAi = OpenAIOkHttpClient.builder()
      .baseUrl(PROVIDER.baseUrl() + "/v1").apiKey("sk-canary-behavior").maxRetries(0).build();
  private final AnthropicClient anthropic = AnthropicOkHttpClient.builder()
      .baseUrl(PROVIDER.baseUrl()).apiKey("sk-ant-canary-behavior").maxRetries(0).build();

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
  }

  private void askOpenAi(String model, boolean withSchema) {
    ChatCompletionCreateParams.Builder params = ChatCompletionCreateParams.builder()
        .model(model).addUserMessage("Who is on call?");
    if (withSchema) {
      params.putAdditionalBodyProperty("response_format", JsonValue.from(Map.of("type", "json_schema",
          "json_schema", Map.of("name", "person", "strict", true, "schema", PERSON_SCHEMA))));
    }
    openAi.chat().completions().create(params.build());
  }

  @Test
  void openAiRefusalFieldIsAProviderRefusal() {
    String model = uniqueModel("gpt-4o-refusal");
    PROVIDER.enqueue(CannedAnswers.openAiChat(model, "null", "stop", "\"I can't help with that.\"", null));
    askOpenAi(model, false);

    ReceivedSpan span = spanFor(model);
    assertEquals(true, span.boolAttr("driftwatch.refusal"));
    assertEquals("provider", span.stringAttr("driftwatch.refusal.source"));
    RECEIVER.awaitMetric("driftwatch.llm.refusals",
        m -> model.equals(m.stringAttr("gen_ai.request.model")) && "provider".equals(m.stringAttr("driftwatch.refusal.source")),
        WAIT);
  }

  @Test
  void anthropicRefusalStopReasonIsAProviderRefusal() {
    String model = uniqueModel("claude-refusal");
    PROVIDER.enqueue(CannedAnswers.anthropicMessage(model, "", "refusal"));
    anthropic.messages().create(MessageCreateParams.builder().model(model).maxTokens(100).addUserMessage("x").build());

    ReceivedSpan span = spanFor(model);
    assertEquals(true, span.boolAttr("driftwatch.refusal"));
    assertEquals("provider", span.stringAttr("driftwatch.refusal.source"));
  }

  @Test
  void refusalPhraseInAnOrdinaryAnswerIsALexiconRefusalInAnyShippedLanguage() {
    String english = uniqueModel("gpt-4o-lexicon-en");
    PROVIDER.enqueue(CannedAnswers.openAiText(english, "I'm sorry, but I can't share internal credentials."));
    askOpenAi(english, false);
    String spanish = uniqueModel("gpt-4o-lexicon-es");
    PROVIDER.enqueue(CannedAnswers.openAiText(spanish, "Lo siento, pero no puedo ayudar con eso."));
    askOpenAi(spanish, false);
    String helpful = uniqueModel("gpt-4o-helpful");
    PROVIDER.enqueue(CannedAnswers.openAiText(helpful, "Sure: the on-call engineer is Dana. I can't wait to help more!"));
    askOpenAi(helpful, false);

    assertEquals("lexicon", spanFor(english).stringAttr("driftwatch.refusal.source"));
    assertEquals("lexicon", spanFor(spanish).stringAttr("driftwatch.refusal.source"));
    assertEquals(false, spanFor(helpful).boolAttr("driftwatch.refusal"));
  }

  @Test
  void answerMatchingTheRequestedSchemaIsCompliant() {
    String model = uniqueModel("gpt-4o-json-ok");
    PROVIDER.enqueue(CannedAnswers.openAiText(model, "{\"name\":\"Dana\",\"age\":41}"));
    askOpenAi(model, true);

    ReceivedSpan span = spanFor(model);
    assertEquals(true, span.boolAttr("driftwatch.format.compliant"));
    assertNull(span.stringAttr("driftwatch.format.violation"));
    assertEquals("json", span.stringAttr("gen_ai.output.type"));
  }

  @Test
  void answerViolatingTheRequestedSchemaNamesTheViolationAndPath() {
    String model = uniqueModel("gpt-4o-json-bad");
    PROVIDER.enqueue(CannedAnswers.openAiText(model, "{\"name\":\"Dana\",\"age\":\"forty\"}"));
    askOpenAi(model, true);

    ReceivedSpan span = spanFor(model);
    assertEquals(false, span.boolAttr("driftwatch.format.compliant"));
    assertEquals("schema_violation", span.stringAttr("driftwatch.format.violation"));
    assertEquals("/age", span.stringAttr("driftwatch.format.violation.path"));
    RECEIVER.awaitMetric("driftwatch.llm.format.checks", m -> model.equals(m.stringAttr("gen_ai.request.model"))
        && "false".equals(m.stringAttr("driftwatch.format.compliant"))
        && "schema_violation".equals(m.stringAttr("driftwatch.format.violation")), WAIT);
  }

  @Test
  void proseWhereJsonWasRequestedIsNotJson() {
    String model = uniqueModel("gpt-4o-json-prose");
    PROVIDER.enqueue(CannedAnswers.openAiText(model, "Dana is 41 years old."));
    askOpenAi(model, true);

    assertEquals("not_json", spanFor(model).stringAttr("driftwatch.format.violation"));
  }

  @Test
  void answerCutOffAtTheTokenLimitIsTruncatedNotBadJson() {
    String model = uniqueModel("gpt-4o-truncated");
    PROVIDER.enqueue(CannedAnswers.openAiChat(model, CannedAnswers.quote("{\"name\":\"Da"), "length", "null", null));
    askOpenAi(model, true);

    ReceivedSpan span = spanFor(model);
    assertEquals("truncated", span.stringAttr("driftwatch.format.violation"));
    RECEIVER.awaitMetric("driftwatch.llm.truncations", m -> model.equals(m.stringAttr("gen_ai.request.model")), WAIT);
  }

  @Test
  void toolCallWithArgumentsOutsideTheToolSchemaIsInvalid() {
    String model = uniqueModel("gpt-4o-tool-bad");
    String toolCalls = "[{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"page_oncall\","
        + "\"arguments\":\"{\\\"severity\\\":\\\"urgent\\\"}\"}}]";
    PROVIDER.enqueue(CannedAnswers.openAiChat(model, "null", "tool_calls", "null", toolCalls));
    openAi.chat().completions().create(ChatCompletionCreateParams.builder().model(model).addUserMessage("page")
        .putAdditionalBodyProperty("tools", JsonValue.from(List.of(Map.of("type", "function", "function", Map.of(
            "name", "page_oncall",
            "parameters", Map.of("type", "object", "required", List.of("severity"),
                "properties", Map.of("severity", Map.of("type", "integer", "minimum", 1, "maximum", 5))))))))
        .build());

    ReceivedSpan span = spanFor(model);
    assertEquals(false, span.boolAttr("driftwatch.format.compliant"));
    assertEquals("tool_arguments_invalid", span.stringAttr("driftwatch.format.violation"));
    assertEquals("page_oncall/severity", span.stringAttr("driftwatch.format.violation.path"));
  }

  @Test
  void outputLengthIsMeasuredInCharacters() {
    String model = uniqueModel("gpt-4o-length");
    PROVIDER.enqueue(CannedAnswers.openAiText(model, "x".repeat(1234)));
    askOpenAi(model, false);

    assertEquals(1234L, spanFor(model).longAttr("driftwatch.output.length"));
    RECEIVER.awaitMetric("driftwatch.llm.output.length",
        m -> model.equals(m.stringAttr("gen_ai.request.model")) && m.sum() == 1234, WAIT);
  }
}

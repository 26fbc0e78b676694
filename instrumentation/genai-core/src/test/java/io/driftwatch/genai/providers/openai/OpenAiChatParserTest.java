package io.driftwatch.genai.providers.openai;

import static io.driftwatch.genai.providers.openai.OpenAiFormat.OPENAI_CHAT;
import static io.driftwatch.genai.providers.openai.OpenAiFormat.OPENAI_COMPLETIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Parsing;
import io.driftwatch.genai.providers.ProviderParsers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OpenAI Chat Completions: given these recorded bodies, these GenAI fields. */
class OpenAiChatParserTest {

  private static final String MODERN_REQUEST = "openai-chat/request-max-completion-tokens.json";
  private static final String LEGACY_REQUEST = "openai-chat/request-max-tokens.json";
  private static final String RESPONSE = "openai-chat/response.json";

  @Test
  void readsEveryRequestParameterTheConventionsName() {
    GenAiCall call = Parsing.request(OPENAI_CHAT, MODERN_REQUEST);

    assertEquals("gpt-4o-mini", call.requestModel);
    assertEquals(0.2, call.temperature);
    assertEquals(0.9, call.topP);
    assertEquals(0.5, call.frequencyPenalty);
    assertEquals(0.25, call.presencePenalty);
    assertEquals(42L, call.seed);
    assertEquals(2L, call.choiceCount);
    assertEquals(Boolean.FALSE, call.stream);
  }

  @Test
  void maxCompletionTokensIsTheRequestMaxTokens() {
    assertEquals(256L, Parsing.request(OPENAI_CHAT, MODERN_REQUEST).maxTokens);
  }

  @Test
  void legacyMaxTokensIsUsedWhenMaxCompletionTokensIsAbsent() {
    assertEquals(100L, Parsing.request(OPENAI_CHAT, LEGACY_REQUEST).maxTokens);
  }

  @Test
  void maxCompletionTokensWinsWhenARequestCarriesBoth() {
    GenAiCall call = Parsing.requestSnippet(OPENAI_CHAT,
        "{\"model\":\"o3-mini\",\"max_tokens\":999,\"max_completion_tokens\":300}");

    assertEquals(300L, call.maxTokens);
  }

  @Test
  void stopAsAnArrayBecomesAllStopSequences() {
    assertEquals(List.of("\n\n", "END"), Parsing.request(OPENAI_CHAT, MODERN_REQUEST).stopSequences);
  }

  @Test
  void stopAsASingleStringBecomesOneStopSequence() {
    assertEquals(List.of("###"), Parsing.request(OPENAI_CHAT, LEGACY_REQUEST).stopSequences);
  }

  @Test
  void responseFormatJsonSchemaMeansJsonOutput() {
    assertEquals("json", Parsing.request(OPENAI_CHAT, MODERN_REQUEST).outputType);
  }

  @Test
  void responseFormatJsonObjectMeansJsonOutput() {
    GenAiCall call = Parsing.requestSnippet(OPENAI_CHAT,
        "{\"model\":\"gpt-4o\",\"response_format\":{\"type\":\"json_object\"}}");

    assertEquals("json", call.outputType);
  }

  @Test
  void responseFormatTextMeansTextOutput() {
    assertEquals("text", Parsing.request(OPENAI_CHAT, LEGACY_REQUEST).outputType);
  }

  @Test
  void noResponseFormatLeavesOutputTypeUnsaid() {
    assertNull(Parsing.requestSnippet(OPENAI_CHAT, "{\"model\":\"gpt-4o\"}").outputType);
  }

  @Test
  void parametersTheRequestOmitsStayUnsaid() {
    GenAiCall call = Parsing.request(OPENAI_CHAT, LEGACY_REQUEST);

    assertNull(call.topP);
    assertNull(call.seed);
    assertNull(call.choiceCount);
    assertNull(call.stream);
    assertNull(call.frequencyPenalty);
    assertNull(call.presencePenalty);
    assertNull(call.topK, "Chat Completions has no top_k");
  }

  @Test
  void readsResponseIdAndTheModelThatActuallyAnswered() {
    GenAiCall call = Parsing.response(OPENAI_CHAT, RESPONSE);

    assertEquals("chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG", call.responseId);
    assertEquals("gpt-4o-mini-2024-07-18", call.responseModel);
  }

  @Test
  void finishReasonsListOneEntryPerChoiceInOrder() {
    assertEquals(List.of("stop", "length"), Parsing.response(OPENAI_CHAT, RESPONSE).finishReasons);
  }

  @Test
  void promptTokensAreInputTokensIncludingTheCachedOnes() {
    GenAiCall call = Parsing.response(OPENAI_CHAT, RESPONSE);

    assertEquals(1117L, call.inputTokens, "OpenAI's prompt_tokens already include cached tokens");
    assertEquals(1024L, call.cacheReadInputTokens);
    assertNull(call.cacheCreationInputTokens, "OpenAI does not report cache writes");
  }

  @Test
  void completionTokensAreOutputTokensWithReasoningTokensBrokenOut() {
    GenAiCall call = Parsing.response(OPENAI_CHAT, RESPONSE);

    assertEquals(46L, call.outputTokens);
    assertEquals(0L, call.reasoningOutputTokens);
  }

  @Test
  void readingTheResponseKeepsWhatTheRequestSaid() {
    GenAiCall call = Parsing.exchange(OPENAI_CHAT, MODERN_REQUEST, RESPONSE);

    assertEquals("gpt-4o-mini", call.requestModel);
    assertEquals("gpt-4o-mini-2024-07-18", call.responseModel);
    assertEquals(256L, call.maxTokens);
    assertFalse(call.finishReasons.isEmpty());
  }

  @Test
  void legacyTextCompletionsShareTheChatParser() {
    assertSame(ProviderParsers.forFormat(OPENAI_CHAT), ProviderParsers.forFormat(OPENAI_COMPLETIONS));

    GenAiCall call = Parsing.responseSnippet(OPENAI_COMPLETIONS,
        "{\"id\":\"cmpl-9\",\"object\":\"text_completion\",\"model\":\"gpt-3.5-turbo-instruct\","
            + "\"choices\":[{\"text\":\"4\",\"index\":0,\"finish_reason\":\"length\"}],"
            + "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":1,\"total_tokens\":6}}");

    assertEquals(List.of("length"), call.finishReasons);
    assertEquals(5L, call.inputTokens);
    assertEquals(1L, call.outputTokens);
  }
}

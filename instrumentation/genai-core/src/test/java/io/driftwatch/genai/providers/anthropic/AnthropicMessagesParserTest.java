package io.driftwatch.genai.providers.anthropic;

import static io.driftwatch.genai.providers.anthropic.AnthropicFormat.ANTHROPIC_MESSAGES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Parsing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Anthropic Messages: cached tokens are reported apart, the conventions count them as input. */
class AnthropicMessagesParserTest {

  private static final String REQUEST = "anthropic-messages/request.json";
  private static final String CACHE_READ = "anthropic-messages/response-cache-read.json";
  private static final String CACHE_CREATION = "anthropic-messages/response-cache-creation.json";
  private static final String NO_CACHE_FIELDS = "anthropic-messages/response-no-cache-fields.json";

  @Test
  void readsModelLimitsAndSamplingFromTheRequest() {
    GenAiCall call = Parsing.request(ANTHROPIC_MESSAGES, REQUEST);

    assertEquals("claude-sonnet-4-20250514", call.requestModel);
    assertEquals(1024L, call.maxTokens);
    assertEquals(0.5, call.temperature);
    assertEquals(0.95, call.topP);
    assertEquals(40L, call.topK);
    assertEquals(List.of("</answer>"), call.stopSequences);
    assertEquals(Boolean.FALSE, call.stream);
  }

  @Test
  void readsResponseIdModelAndStopReason() {
    GenAiCall call = Parsing.response(ANTHROPIC_MESSAGES, CACHE_READ);

    assertEquals("msg_01XFDUDYJgAACzvnptvVoYEL", call.responseId);
    assertEquals("claude-sonnet-4-20250514", call.responseModel);
    assertEquals(List.of("end_turn"), call.finishReasons);
  }

  @Test
  void inputTokensIncludeTokensReadFromTheCache() {
    GenAiCall call = Parsing.response(ANTHROPIC_MESSAGES, CACHE_READ);

    assertEquals(24L + 2048L, call.inputTokens);
    assertEquals(2048L, call.cacheReadInputTokens);
    assertEquals(0L, call.cacheCreationInputTokens);
    assertEquals(310L, call.outputTokens);
  }

  @Test
  void inputTokensIncludeTokensWrittenToTheCache() {
    GenAiCall call = Parsing.response(ANTHROPIC_MESSAGES, CACHE_CREATION);

    assertEquals(21L + 2048L, call.inputTokens);
    assertEquals(0L, call.cacheReadInputTokens);
    assertEquals(2048L, call.cacheCreationInputTokens);
    assertEquals(1024L, call.outputTokens);
  }

  @Test
  void maxTokensStopReasonIsKeptAsTheProviderSpellsIt() {
    assertEquals(List.of("max_tokens"), Parsing.response(ANTHROPIC_MESSAGES, CACHE_CREATION).finishReasons);
  }

  @Test
  void usageWithoutCacheFieldsCountsPlainInputTokens() {
    GenAiCall call = Parsing.response(ANTHROPIC_MESSAGES, NO_CACHE_FIELDS);

    assertEquals(12L, call.inputTokens);
    assertEquals(3L, call.outputTokens);
    assertNull(call.cacheReadInputTokens);
    assertNull(call.cacheCreationInputTokens);
    assertEquals(List.of("stop_sequence"), call.finishReasons);
  }

  @Test
  void cacheOnlyUsageStillCountsTheCachedTokensAsInput() {
    GenAiCall call = Parsing.responseSnippet(ANTHROPIC_MESSAGES,
        "{\"usage\":{\"cache_read_input_tokens\":100,\"cache_creation_input_tokens\":20,\"output_tokens\":1}}");

    assertEquals(120L, call.inputTokens);
  }

  @Test
  void nullStopReasonGivesNoFinishReason() {
    GenAiCall call = Parsing.responseSnippet(ANTHROPIC_MESSAGES, "{\"id\":\"msg_1\",\"stop_reason\":null}");

    assertEquals(List.of(), call.finishReasons);
  }

  @Test
  void openAiOnlyParametersAreNotReadFromAnthropicRequests() {
    GenAiCall call = Parsing.requestSnippet(ANTHROPIC_MESSAGES,
        "{\"model\":\"claude-3-5-haiku-latest\",\"max_tokens\":10,\"seed\":1,\"n\":2,\"stop\":\"x\"}");

    assertNull(call.seed);
    assertNull(call.choiceCount);
    assertNull(call.stopSequences);
  }
}

package io.driftwatch.genai.providers;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.exchange.ApiFormat;
import io.driftwatch.genai.providers.anthropic.AnthropicFormat;
import io.driftwatch.genai.providers.openai.OpenAiFormat;
import io.driftwatch.genai.testing.Transcripts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bodies nobody promised: every parser reads what it can, leaves the rest null, and never throws. */
class OddShapesTest {

  private static final String WRONG_TYPES_REQUEST =
      "{\"model\":123,\"max_tokens\":\"100\",\"max_completion_tokens\":\"300\",\"max_output_tokens\":[1],"
          + "\"temperature\":\"0.7\",\"top_p\":{},\"top_k\":\"40\",\"stop\":42,\"stop_sequences\":{\"a\":1},"
          + "\"seed\":\"7\",\"n\":null,\"stream\":\"true\",\"response_format\":\"json\",\"text\":\"json\"}";

  private static final List<String> ODD_DOCUMENTS = List.of(
      "{}", "[]", "[1,2]", "null", "42", "\"text\"", "true", WRONG_TYPES_REQUEST,
      "{\"id\":7,\"model\":false,\"status\":1,\"stop_reason\":{},\"choices\":{},\"usage\":\"n/a\"}",
      "{\"choices\":[null,3,\"x\",{\"finish_reason\":7},[]],\"usage\":{\"prompt_tokens\":\"12\","
          + "\"completion_tokens\":null,\"input_tokens\":\"1\",\"prompt_tokens_details\":[],"
          + "\"completion_tokens_details\":\"none\",\"input_tokens_details\":7,\"output_tokens_details\":null}}",
      "{\"status\":\"incomplete\",\"incomplete_details\":\"max_output_tokens\"}",
      "{\"text\":{\"format\":\"json_schema\"},\"response_format\":{\"type\":7}}",
      "{\"error\":[],\"usage\":{\"cache_read_input_tokens\":\"9\",\"input_tokens\":1e400}}",
      "{\"content\":\"text\",\"output\":\"text\",\"tools\":\"none\",\"output_format\":[]}",
      "{\"content\":[1,null,{\"type\":\"tool_use\",\"input\":5},{\"type\":\"text\",\"text\":{}}],"
          + "\"output\":[null,{\"type\":\"message\",\"content\":\"str\"},{\"type\":\"message\",\"content\":{\"a\":1}},"
          + "{\"type\":\"function_call\",\"name\":7}]}",
      "{\"tools\":[1,\"x\",null,{\"function\":3},{\"function\":{\"name\":\"f\",\"parameters\":\"{}\"}},"
          + "{\"name\":\"g\",\"input_schema\":[]}],\"response_format\":{\"type\":\"json_schema\",\"json_schema\":7},"
          + "\"text\":{\"format\":{\"type\":\"json_schema\",\"schema\":\"x\"}},"
          + "\"output_format\":{\"type\":\"json_schema\",\"schema\":null}}",
      "{\"choices\":[{\"message\":{\"content\":[],\"refusal\":7,\"tool_calls\":[1,{\"function\":\"x\"},"
          + "{\"function\":{\"name\":null,\"arguments\":{}}}]},\"text\":5}]}");

  @ParameterizedTest
  @MethodSource("io.driftwatch.genai.testing.Formats#all")
  void everyFormatHasAParser(ApiFormat format) {
    assertNotNull(ProviderParsers.forFormat(format));
  }

  @ParameterizedTest
  @MethodSource("io.driftwatch.genai.testing.Formats#all")
  void noParserThrowsOnOddDocuments(ApiFormat format) {
    ProviderParser parser = ProviderParsers.forFormat(format);
    for (String json : ODD_DOCUMENTS) {
      GenAiCall call = new GenAiCall();
      assertDoesNotThrow(() -> parser.readRequest(Transcripts.parse(json), call), () -> "request " + json);
      assertDoesNotThrow(() -> parser.readResponse(Transcripts.parse(json), call), () -> "response " + json);
      assertDoesNotThrow(() -> parser.readError(Transcripts.parse(json), call), () -> "error " + json);
    }
  }

  @Test
  void fieldsOfTheWrongTypeReadAsUnsaid() {
    GenAiCall call = Parsing.requestSnippet(OpenAiFormat.OPENAI_CHAT, WRONG_TYPES_REQUEST);

    assertNull(call.requestModel);
    assertNull(call.maxTokens, "neither limit is a number");
    assertNull(call.temperature);
    assertNull(call.topP);
    assertNull(call.stopSequences);
    assertNull(call.seed);
    assertNull(call.choiceCount);
    assertNull(call.stream);
    assertNull(call.outputType, "response_format is not an object");
  }

  @Test
  void stopArrayKeepsOnlyItsStrings() {
    GenAiCall call = Parsing.requestSnippet(OpenAiFormat.OPENAI_CHAT, "{\"stop\":[\"a\",1,null,\"b\",{}]}");

    assertEquals(List.of("a", "b"), call.stopSequences);
  }

  @Test
  void responseWithoutUsageHasNoTokenCounts() {
    GenAiCall call = Parsing.responseSnippet(OpenAiFormat.OPENAI_CHAT,
        "{\"id\":\"chatcmpl-1\",\"model\":\"local-llama\",\"choices\":[{\"index\":0,\"finish_reason\":\"stop\"}]}");

    assertEquals("chatcmpl-1", call.responseId);
    assertEquals(List.of("stop"), call.finishReasons);
    assertNull(call.inputTokens);
    assertNull(call.outputTokens);
    assertNull(call.cacheReadInputTokens);
  }

  @Test
  void emptyChoicesGiveNoFinishReasonsButKeepUsage() {
    GenAiCall call = Parsing.responseSnippet(OpenAiFormat.OPENAI_CHAT,
        "{\"id\":\"chatcmpl-2\",\"choices\":[],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":0}}");

    assertTrue(call.finishReasons.isEmpty());
    assertEquals(10L, call.inputTokens);
    assertEquals(0L, call.outputTokens);
  }

  @Test
  void nullFinishReasonIsSkippedNotRecordedAsText() {
    GenAiCall call = Parsing.responseSnippet(OpenAiFormat.OPENAI_CHAT,
        "{\"choices\":[{\"finish_reason\":null},{\"finish_reason\":\"tool_calls\"}]}");

    assertEquals(List.of("tool_calls"), call.finishReasons);
  }

  @Test
  void tokenCountsAsStringsReadAsUnsaid() {
    GenAiCall call = Parsing.responseSnippet(OpenAiFormat.OPENAI_RESPONSES,
        "{\"usage\":{\"input_tokens\":\"12\",\"output_tokens\":3}}");

    assertNull(call.inputTokens);
    assertEquals(3L, call.outputTokens);
  }

  @Test
  void tokenCountBeyondALongReadsAsUnsaid() {
    GenAiCall call = Parsing.responseSnippet(AnthropicFormat.ANTHROPIC_MESSAGES,
        "{\"usage\":{\"input_tokens\":123456789012345678901234567890,\"output_tokens\":3}}");

    assertNull(call.inputTokens);
    assertEquals(3L, call.outputTokens);
  }

  @Test
  void wholeNumberWrittenWithAFractionPartIsStillAWholeNumber() {
    assertEquals(256L, Parsing.requestSnippet(OpenAiFormat.OPENAI_CHAT, "{\"max_tokens\":256.0}").maxTokens);
  }
  @Test
  void fractionalNumberForAWholeNumberFieldReadsAsUnsaid() {
    GenAiCall call = Parsing.responseSnippet(OpenAiFormat.OPENAI_CHAT,
        "{\"usage\":{\"prompt_tokens\":12.7,\"completion_tokens\":3}}");

    assertNull(call.inputTokens);
    assertEquals(3L, call.outputTokens);
  }

  @Test
  void anthropicUsageOfTheWrongTypeIsIgnoredWhole() {
    GenAiCall call = Parsing.responseSnippet(AnthropicFormat.ANTHROPIC_MESSAGES,
        "{\"id\":\"msg_1\",\"model\":\"claude\",\"stop_reason\":\"end_turn\",\"usage\":[1,2]}");

    assertEquals("msg_1", call.responseId);
    assertNull(call.inputTokens);
    assertNull(call.outputTokens);
  }
}

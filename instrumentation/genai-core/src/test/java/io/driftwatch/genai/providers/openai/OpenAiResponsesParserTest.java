package io.driftwatch.genai.providers.openai;

import static io.driftwatch.genai.providers.openai.OpenAiFormat.OPENAI_RESPONSES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Parsing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OpenAI Responses API: status maps to finish reasons, usage uses input/output token names. */
class OpenAiResponsesParserTest {

  private static final String REQUEST = "openai-responses/request.json";
  private static final String COMPLETED = "openai-responses/response-completed.json";
  private static final String SMALL_BUDGET_REQUEST = "openai-responses/request-small-budget.json";
  private static final String INCOMPLETE = "openai-responses/response-incomplete-max-output-tokens.json";

  @Test
  void readsModelSamplingAndMaxOutputTokensFromTheRequest() {
    GenAiCall call = Parsing.request(OPENAI_RESPONSES, REQUEST);

    assertEquals("gpt-4.1-mini", call.requestModel);
    assertEquals(512L, call.maxTokens, "max_output_tokens is the request's max tokens");
    assertEquals(0.7, call.temperature);
    assertEquals(1.0, call.topP);
    assertEquals(Boolean.FALSE, call.stream);
  }

  @Test
  void textFormatJsonSchemaMeansJsonOutput() {
    assertEquals("json", Parsing.request(OPENAI_RESPONSES, REQUEST).outputType);
  }

  @Test
  void textFormatTextMeansTextOutput() {
    GenAiCall call = Parsing.requestSnippet(OPENAI_RESPONSES,
        "{\"model\":\"gpt-4.1\",\"input\":\"hi\",\"text\":{\"format\":{\"type\":\"text\"}}}");

    assertEquals("text", call.outputType);
  }

  @Test
  void requestWithoutTextFormatLeavesOutputTypeUnsaid() {
    assertNull(Parsing.request(OPENAI_RESPONSES, SMALL_BUDGET_REQUEST).outputType);
  }

  @Test
  void completedStatusIsFinishReasonStop() {
    assertEquals(List.of("stop"), Parsing.response(OPENAI_RESPONSES, COMPLETED).finishReasons);
  }

  @Test
  void completedResponseGivesIdModelAndUsage() {
    GenAiCall call = Parsing.response(OPENAI_RESPONSES, COMPLETED);

    assertEquals("resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b", call.responseId);
    assertEquals("gpt-4.1-mini-2025-04-14", call.responseModel);
    assertEquals(328L, call.inputTokens, "input_tokens already include cached tokens");
    assertEquals(256L, call.cacheReadInputTokens);
    assertEquals(9L, call.outputTokens);
    assertEquals(0L, call.reasoningOutputTokens);
  }

  @Test
  void incompleteForMaxOutputTokensIsFinishReasonLength() {
    GenAiCall call = Parsing.exchange(OPENAI_RESPONSES, SMALL_BUDGET_REQUEST, INCOMPLETE);

    assertEquals(List.of("length"), call.finishReasons);
    assertEquals(64L, call.maxTokens);
    assertEquals(64L, call.outputTokens);
    assertEquals(64L, call.reasoningOutputTokens, "the whole budget went to reasoning");
  }

  @Test
  void incompleteForAnotherReasonKeepsThatReason() {
    GenAiCall call = Parsing.responseSnippet(OPENAI_RESPONSES,
        "{\"id\":\"resp_1\",\"status\":\"incomplete\",\"incomplete_details\":{\"reason\":\"content_filter\"}}");

    assertEquals(List.of("content_filter"), call.finishReasons);
  }

  @Test
  void incompleteWithoutDetailsIsFinishReasonIncomplete() {
    GenAiCall call = Parsing.responseSnippet(OPENAI_RESPONSES,
        "{\"id\":\"resp_1\",\"status\":\"incomplete\",\"incomplete_details\":null}");

    assertEquals(List.of("incomplete"), call.finishReasons);
  }

  @Test
  void otherStatusesArePassedThroughAsTheFinishReason() {
    GenAiCall call = Parsing.responseSnippet(OPENAI_RESPONSES, "{\"id\":\"resp_1\",\"status\":\"failed\"}");

    assertEquals(List.of("failed"), call.finishReasons);
  }

  @Test
  void missingStatusGivesNoFinishReason() {
    assertEquals(List.of(), Parsing.responseSnippet(OPENAI_RESPONSES, "{\"id\":\"resp_1\"}").finishReasons);
  }
}

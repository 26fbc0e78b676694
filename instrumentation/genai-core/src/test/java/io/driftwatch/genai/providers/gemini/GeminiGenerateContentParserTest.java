package io.driftwatch.genai.providers.gemini;

import static io.driftwatch.genai.providers.gemini.GeminiFormat.GEMINI_GENERATE_CONTENT;
import static io.driftwatch.genai.providers.gemini.GeminiFormat.GEMINI_STREAM_GENERATE_CONTENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Parsing;
import io.driftwatch.genai.providers.StructuredOutputRequest;
import io.driftwatch.genai.providers.ToolCall;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gemini generateContent: generationConfig in, candidates and usageMetadata out. */
class GeminiGenerateContentParserTest {

  private static final String DIR = "gemini-generate-content/";

  @Test
  void readsSamplingLimitsAndStopSequencesFromGenerationConfig() {
    GenAiCall call = Parsing.request(GEMINI_GENERATE_CONTENT, DIR + "request.json");

    assertEquals(256L, call.maxTokens);
    assertEquals(0.4, call.temperature);
    assertEquals(0.95, call.topP);
    assertEquals(40L, call.topK);
    assertEquals(1L, call.choiceCount);
    assertEquals(7L, call.seed);
    assertEquals(0.1, call.presencePenalty);
    assertEquals(0.2, call.frequencyPenalty);
    assertEquals(List.of("END"), call.stopSequences);
    assertEquals(Boolean.FALSE, call.stream);
    assertNull(call.outputType);
  }

  @Test
  void theBodyNamesNoModelSoTheRequestModelIsLeftToThePath() {
    assertNull(Parsing.request(GEMINI_GENERATE_CONTENT, DIR + "request.json").requestModel);
  }

  @Test
  void streamGenerateContentIsAStreamedRequest() {
    assertEquals(Boolean.TRUE, Parsing.request(GEMINI_STREAM_GENERATE_CONTENT, DIR + "request.json").stream);
  }

  @Test
  void snakeCaseFieldNamesAreReadLikeCamelCaseOnes() {
    GenAiCall call = Parsing.request(GEMINI_GENERATE_CONTENT, DIR + "request-snake-case.json");

    assertEquals(64L, call.maxTokens);
    assertEquals(20L, call.topK);
    assertEquals(List.of("Arr"), call.stopSequences);
    assertEquals("text", call.outputType);
    assertEquals("Answer like a pirate.\n", call.promptTemplate);
  }

  @Test
  void systemInstructionIsThePromptTemplateAndUserContentsAreNot() {
    GenAiCall call = Parsing.request(GEMINI_GENERATE_CONTENT, DIR + "request.json");

    assertEquals("You are a concise geography tutor.\n", call.promptTemplate);
  }

  @Test
  void functionDeclarationsArePartOfThePromptTemplate() {
    GenAiCall call = Parsing.request(GEMINI_GENERATE_CONTENT, DIR + "request-structured.json");

    assertTrue(call.promptTemplate.startsWith("tools:"), call.promptTemplate);
    assertTrue(call.promptTemplate.contains("get_weather"));
  }

  @Test
  void jsonMimeTypeAsksForAJsonAnswerCheckedAgainstTheConvertedResponseSchema() {
    GenAiCall call = Parsing.request(GEMINI_GENERATE_CONTENT, DIR + "request-structured.json");

    assertEquals("json", call.outputType);
    assertTrue(call.structuredOutput.jsonAnswer());
    assertEquals("array", call.structuredOutput.answerSchema().path("type").asText());
    assertEquals("object", call.structuredOutput.answerSchema().path("items").path("type").asText());
  }

  @Test
  void functionParametersBecomeToolSchemasFromEitherSchemaField() {
    StructuredOutputRequest asked =
        Parsing.request(GEMINI_GENERATE_CONTENT, DIR + "request-structured.json").structuredOutput;

    assertEquals(2, asked.toolSchemas().size());
    assertEquals("object", asked.toolSchemas().get("get_weather").path("type").asText());
    assertEquals("string", asked.toolSchemas().get("get_weather").path("properties").path("city").path("type").asText());
    assertEquals("timezone", asked.toolSchemas().get("get_time").path("required").path(0).asText());
  }

  @Test
  void readsAnswerTextIdModelVersionAndUsage() {
    GenAiCall call = Parsing.response(GEMINI_GENERATE_CONTENT, DIR + "response.json");

    assertEquals("The capital of France is Paris.", call.output.text());
    assertEquals("mNTfaL-XFsHe1PIPp9nJsQo", call.responseId);
    assertEquals("gemini-2.0-flash", call.responseModel);
    assertEquals(21L, call.inputTokens);
    assertEquals(8L, call.outputTokens);
    assertNull(call.cacheReadInputTokens);
    assertNull(call.reasoningOutputTokens);
  }

  @Test
  void finishReasonsAreLowerCasedAsTheConventionsWriteThem() {
    assertEquals(List.of("stop"), Parsing.response(GEMINI_GENERATE_CONTENT, DIR + "response.json").finishReasons);
  }

  @Test
  void thinkingTokensCountAsOutputAndAsReasoningAndThoughtTextIsNotTheAnswer() {
    GenAiCall call = Parsing.response(GEMINI_GENERATE_CONTENT, DIR + "response-thinking-cached.json");

    assertEquals(14L + 512L, call.outputTokens);
    assertEquals(512L, call.reasoningOutputTokens);
    assertEquals("Take the northern route: it is 12 km shorter.", call.output.text());
  }

  @Test
  void cachedContentTokensAreCacheReadsAndStayPartOfInput() {
    GenAiCall call = Parsing.response(GEMINI_GENERATE_CONTENT, DIR + "response-thinking-cached.json");

    assertEquals(4096L, call.inputTokens);
    assertEquals(4000L, call.cacheReadInputTokens);
  }

  @Test
  void functionCallPartsBecomeToolCallsWithJsonArguments() {
    GenAiCall call = Parsing.response(GEMINI_GENERATE_CONTENT, DIR + "response-function-call.json");

    assertEquals(List.of(new ToolCall("get_weather", "{\"city\":\"Osaka\",\"unit\":\"C\"}")), call.toolCalls);
    assertEquals("", call.output.text());
  }

  @Test
  void maxTokensFinishIsTheTruncationReason() {
    GenAiCall call = Parsing.response(GEMINI_GENERATE_CONTENT, DIR + "response-max-tokens.json");

    assertEquals(List.of("max_tokens"), call.finishReasons);
    assertNull(call.providerRefusal);
  }

  @Test
  void safetyFinishIsAProviderRefusal() {
    GenAiCall call = Parsing.response(GEMINI_GENERATE_CONTENT, DIR + "response-safety.json");

    assertEquals(List.of("safety"), call.finishReasons);
    assertEquals("safety", call.providerRefusal);
    assertEquals(15L, call.inputTokens);
    assertNull(call.outputTokens);
  }

  @Test
  void blockedPromptIsAProviderRefusalWithNoCandidates() {
    GenAiCall call = Parsing.response(GEMINI_GENERATE_CONTENT, DIR + "response-prompt-blocked.json");

    assertEquals("prohibited_content", call.providerRefusal);
    assertEquals(List.of(), call.finishReasons);
  }

  @Test
  void otherFilteringFinishReasonsAreRefusalsToo() {
    for (String reason : List.of("RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII")) {
      GenAiCall call = Parsing.responseSnippet(GEMINI_GENERATE_CONTENT,
          "{\"candidates\":[{\"finishReason\":\"" + reason + "\"}]}");
      assertEquals(reason.toLowerCase(java.util.Locale.ROOT), call.providerRefusal, reason);
    }
  }

  @Test
  void everyCandidateGivesItsFinishReasonAndText() {
    GenAiCall call = Parsing.responseSnippet(GEMINI_GENERATE_CONTENT, "{\"candidates\":["
        + "{\"content\":{\"parts\":[{\"text\":\"A\"}]},\"finishReason\":\"STOP\",\"index\":0},"
        + "{\"content\":{\"parts\":[{\"text\":\"B\"}]},\"finishReason\":\"MAX_TOKENS\",\"index\":1}]}");

    assertEquals(List.of("stop", "max_tokens"), call.finishReasons);
    assertEquals("AB", call.output.text());
  }

  @Test
  void errorBodyStatusIsTheProviderErrorType() {
    assertEquals("RESOURCE_EXHAUSTED",
        Parsing.error(GEMINI_GENERATE_CONTENT, DIR + "error-429.json").providerErrorType);
  }

  @Test
  void oddShapesReadAsNothingRatherThanFailing() {
    GenAiCall request = Parsing.requestSnippet(GEMINI_GENERATE_CONTENT,
        "{\"generationConfig\":\"x\",\"tools\":{\"a\":1},\"systemInstruction\":42}");
    GenAiCall response = Parsing.responseSnippet(GEMINI_GENERATE_CONTENT,
        "{\"candidates\":{\"x\":1},\"usageMetadata\":[],\"promptFeedback\":\"no\"}");

    assertNull(request.maxTokens);
    assertNull(request.structuredOutput);
    assertNull(response.inputTokens);
    assertEquals(0, response.output.length());
  }
}

package io.driftwatch.genai.providers.bedrock;

import static io.driftwatch.genai.providers.bedrock.BedrockFormat.BEDROCK_CONVERSE;
import static io.driftwatch.genai.providers.bedrock.BedrockFormat.BEDROCK_CONVERSE_STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Parsing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bedrock Converse: inferenceConfig and toolConfig in, output.message, stopReason and usage out. */
class BedrockConverseParserTest {

  private static final String DIR = "bedrock-converse/";

  @Test
  void readsInferenceConfigToolsAndSystemPrompt() {
    GenAiCall call = Parsing.request(BEDROCK_CONVERSE, DIR + "request.json");

    assertEquals(512L, call.maxTokens);
    assertEquals(0.5, call.temperature);
    assertEquals(0.9, call.topP);
    assertEquals(List.of("Human:"), call.stopSequences);
    assertEquals(Boolean.FALSE, call.stream);
    assertNull(call.requestModel, "the model is in the path");
    assertNotNull(call.structuredOutput.toolSchemas().get("get_weather"));
    assertNotNull(call.promptTemplate);
  }

  @Test
  void converseStreamIsAStreamedRequest() {
    assertEquals(Boolean.TRUE, Parsing.request(BEDROCK_CONVERSE_STREAM, DIR + "request.json").stream);
  }

  @Test
  void readsAnswerToolUseStopReasonAndUsageWithCachedTokensCountedAsInput() {
    GenAiCall call = Parsing.response(BEDROCK_CONVERSE, DIR + "response.json");

    assertEquals(List.of("tool_use"), call.finishReasons);
    assertEquals("Let me check.", call.output.text());
    assertEquals("get_weather", call.toolCalls.get(0).name());
    assertEquals(140L, call.inputTokens);
    assertEquals(20L, call.cacheReadInputTokens);
    assertEquals(31L, call.outputTokens);
    assertNull(call.providerRefusal);
  }

  @Test
  void aGuardrailInterventionIsTheProvidersRefusal() {
    GenAiCall call = Parsing.responseSnippet(BEDROCK_CONVERSE,
        "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":\"Sorry.\"}]}},"
            + "\"stopReason\":\"guardrail_intervened\",\"usage\":{\"inputTokens\":5,\"outputTokens\":2}}");
    assertEquals("guardrail_intervened", call.providerRefusal);
  }

  @Test
  void errorTypeComesFromTheAwsTypeField() {
    GenAiCall call = Parsing.errorSnippet(BEDROCK_CONVERSE,
        "{\"__type\":\"com.amazon.bedrock#ThrottlingException\",\"message\":\"Too many requests\"}");
    assertEquals("ThrottlingException", call.providerErrorType);
  }
}

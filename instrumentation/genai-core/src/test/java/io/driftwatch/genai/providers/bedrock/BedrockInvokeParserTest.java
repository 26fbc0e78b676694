package io.driftwatch.genai.providers.bedrock;

import static io.driftwatch.genai.providers.bedrock.BedrockFormat.BEDROCK_INVOKE;
import static io.driftwatch.genai.providers.bedrock.BedrockFormat.BEDROCK_INVOKE_STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Parsing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bedrock InvokeModel: Claude, Nova, Llama and Titan bodies are read by shape; others only get the stream flag. */
class BedrockInvokeParserTest {

  private static final String CLAUDE_REQUEST = "{\"anthropic_version\":\"bedrock-2023-05-31\",\"max_tokens\":300,"
      + "\"temperature\":0.1,\"system\":\"Be brief.\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}";

  @Test
  void claudeRequestIsReadAsAnthropicMessages() {
    GenAiCall call = Parsing.requestSnippet(BEDROCK_INVOKE, CLAUDE_REQUEST);
    assertEquals(300L, call.maxTokens);
    assertEquals(0.1, call.temperature);
    assertEquals(Boolean.FALSE, call.stream);
  }

  @Test
  void invokeWithResponseStreamIsAStreamedRequestWhateverTheFamily() {
    assertEquals(Boolean.TRUE, Parsing.requestSnippet(BEDROCK_INVOKE_STREAM, CLAUDE_REQUEST).stream);
    GenAiCall unknown = Parsing.requestSnippet(BEDROCK_INVOKE_STREAM, "{\"prompt\":\"Hi\",\"max_tokens\":9}");
    assertEquals(Boolean.TRUE, unknown.stream);
    assertNull(unknown.maxTokens);
  }

  @Test
  void claudeAnswerIsReadAsAnthropicMessages() {
    GenAiCall call = Parsing.responseSnippet(BEDROCK_INVOKE, "{\"id\":\"msg_bdrk_1\",\"type\":\"message\","
        + "\"role\":\"assistant\",\"model\":\"claude-3-haiku-20240307\",\"content\":[{\"type\":\"text\",\"text\":\"Hello.\"}],"
        + "\"stop_reason\":\"end_turn\",\"usage\":{\"input_tokens\":12,\"output_tokens\":3}}");
    assertEquals("msg_bdrk_1", call.responseId);
    assertEquals(List.of("end_turn"), call.finishReasons);
    assertEquals(12L, call.inputTokens);
    assertEquals("Hello.", call.output.text());
  }

  @Test
  void novaMessagesAreReadAsConverse() {
    GenAiCall request = Parsing.requestSnippet(BEDROCK_INVOKE, "{\"schemaVersion\":\"messages-v1\","
        + "\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"Hi\"}]}],\"inferenceConfig\":{\"maxTokens\":80}}");
    assertEquals(80L, request.maxTokens);
    GenAiCall response = Parsing.responseSnippet(BEDROCK_INVOKE, "{\"output\":{\"message\":{\"role\":\"assistant\","
        + "\"content\":[{\"text\":\"Hello.\"}]}},\"stopReason\":\"end_turn\",\"usage\":{\"inputTokens\":4,\"outputTokens\":2}}");
    assertEquals("Hello.", response.output.text());
    assertEquals(2L, response.outputTokens);
  }

  @Test
  void llamaPromptAndGenerationAreRead() {
    GenAiCall request = Parsing.requestSnippet(BEDROCK_INVOKE,
        "{\"prompt\":\"Hi\",\"max_gen_len\":128,\"temperature\":0.5,\"top_p\":0.9}");
    assertEquals(128L, request.maxTokens);
    assertEquals(0.5, request.temperature);
    GenAiCall response = Parsing.responseSnippet(BEDROCK_INVOKE, "{\"generation\":\"Hello.\","
        + "\"prompt_token_count\":9,\"generation_token_count\":3,\"stop_reason\":\"stop\"}");
    assertEquals("Hello.", response.output.text());
    assertEquals(9L, response.inputTokens);
    assertEquals(3L, response.outputTokens);
    assertEquals(List.of("stop"), response.finishReasons);
  }

  @Test
  void titanTextInputAndResultsAreRead() {
    GenAiCall request = Parsing.requestSnippet(BEDROCK_INVOKE, "{\"inputText\":\"Hi\",\"textGenerationConfig\":"
        + "{\"maxTokenCount\":64,\"temperature\":0.2,\"stopSequences\":[\"User:\"]}}");
    assertEquals(64L, request.maxTokens);
    assertEquals(List.of("User:"), request.stopSequences);
    GenAiCall response = Parsing.responseSnippet(BEDROCK_INVOKE, "{\"inputTextTokenCount\":5,\"results\":"
        + "[{\"tokenCount\":7,\"outputText\":\"Hello there.\",\"completionReason\":\"CONTENT_FILTERED\"}]}");
    assertEquals(5L, response.inputTokens);
    assertEquals(7L, response.outputTokens);
    assertEquals("CONTENT_FILTERED", response.providerRefusal);
  }

  @Test
  void anUnknownFamilysAnswerIsLeftAlone() {
    GenAiCall call = Parsing.responseSnippet(BEDROCK_INVOKE, "{\"outputs\":[{\"text\":\"Hello.\"}]}");
    assertNull(call.inputTokens);
    assertEquals(List.of(), call.finishReasons);
  }
}

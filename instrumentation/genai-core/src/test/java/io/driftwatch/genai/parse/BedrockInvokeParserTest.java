package io.driftwatch.genai.parse;

import static io.driftwatch.genai.detect.WireFormat.BEDROCK_INVOKE;
import static io.driftwatch.genai.detect.WireFormat.BEDROCK_INVOKE_STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bedrock InvokeModel: Claude's Anthropic bodies are read; other model families only get the stream flag. */
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
    GenAiCall titan = Parsing.requestSnippet(BEDROCK_INVOKE_STREAM, "{\"inputText\":\"Hi\",\"textGenerationConfig\":{}}");
    assertEquals(Boolean.TRUE, titan.stream);
    assertNull(titan.maxTokens);
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
  void anotherFamilysAnswerIsLeftAlone() {
    GenAiCall call = Parsing.responseSnippet(BEDROCK_INVOKE, "{\"results\":[{\"outputText\":\"Hello.\"}]}");
    assertNull(call.inputTokens);
    assertEquals(List.of(), call.finishReasons);
  }
}

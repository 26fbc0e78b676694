package io.driftwatch.genai.providers.ollama;

import static io.driftwatch.genai.providers.ollama.OllamaFormat.OLLAMA_CHAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Parsing;
import io.driftwatch.genai.providers.ToolCall;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ollama /api/chat: options in, message and eval counts out. */
class OllamaChatParserTest {

  private static final String DIR = "ollama-chat/";

  @Test
  void readsModelAndSamplingFromOptions() {
    GenAiCall call = Parsing.request(OLLAMA_CHAT, DIR + "request.json");

    assertEquals("llama3.2", call.requestModel);
    assertEquals(128L, call.maxTokens);
    assertEquals(0.2, call.temperature);
    assertEquals(0.9, call.topP);
    assertEquals(40L, call.topK);
    assertEquals(42L, call.seed);
    assertEquals(List.of("\n\n"), call.stopSequences);
    assertEquals(Boolean.FALSE, call.stream);
  }

  @Test
  void aRequestThatDoesNotSayStreamFalseIsStreamed() {
    assertEquals(Boolean.TRUE, Parsing.requestSnippet(OLLAMA_CHAT, "{\"model\":\"llama3.2\",\"messages\":[]}").stream);
  }

  @Test
  void systemMessagesAreThePromptTemplate() {
    assertEquals("You are a terse assistant.\n", Parsing.request(OLLAMA_CHAT, DIR + "request.json").promptTemplate);
  }

  @Test
  void formatSchemaAsksForJsonCheckedAgainstItAndToolsGiveToolSchemas() {
    GenAiCall call = Parsing.request(OLLAMA_CHAT, DIR + "request-structured.json");

    assertEquals("json", call.outputType);
    assertTrue(call.structuredOutput.jsonAnswer());
    assertEquals("temperature", call.structuredOutput.answerSchema().path("required").path(0).asText());
    assertTrue(call.structuredOutput.toolSchemas().containsKey("get_current_weather"));
    assertTrue(call.promptTemplate.contains("get_current_weather"));
  }

  @Test
  void formatJsonAsksForJsonWithoutASchema() {
    GenAiCall call = Parsing.requestSnippet(OLLAMA_CHAT, "{\"model\":\"m\",\"format\":\"json\"}");

    assertTrue(call.structuredOutput.jsonAnswer());
    assertNull(call.structuredOutput.answerSchema());
  }

  @Test
  void noFormatAndNoToolsAsksForNothingStructured() {
    GenAiCall call = Parsing.request(OLLAMA_CHAT, DIR + "request.json");

    assertNull(call.structuredOutput);
    assertNull(call.outputType);
  }

  @Test
  void readsAnswerModelDoneReasonAndEvalCounts() {
    GenAiCall call = Parsing.response(OLLAMA_CHAT, DIR + "response.json");

    assertEquals("Rayleigh scattering: air molecules scatter short blue wavelengths more than red ones.",
        call.output.text());
    assertEquals("llama3.2", call.responseModel);
    assertEquals(List.of("stop"), call.finishReasons);
    assertEquals(26L, call.inputTokens);
    assertEquals(17L, call.outputTokens);
    assertNull(call.responseId);
  }

  @Test
  void lengthDoneReasonIsTheTruncationReason() {
    assertEquals(List.of("length"), Parsing.response(OLLAMA_CHAT, DIR + "response-length.json").finishReasons);
  }

  @Test
  void toolCallArgumentsAreAnObjectAndBecomeJsonText() {
    GenAiCall call = Parsing.response(OLLAMA_CHAT, DIR + "response-tool-call.json");

    assertEquals(List.of(new ToolCall("get_current_weather", "{\"location\":\"Paris\"}")), call.toolCalls);
  }

  @Test
  void aSentenceErrorBodyGivesNoProviderErrorType() {
    assertNull(Parsing.errorSnippet(OLLAMA_CHAT, "{\"error\":\"model 'llama9' not found\"}").providerErrorType);
  }

  @Test
  void negativeNumPredictMeansNoLimit() {
    assertNull(Parsing.requestSnippet(OLLAMA_CHAT, "{\"options\":{\"num_predict\":-1}}").maxTokens);
  }

  @Test
  void optionsThatAreNotAnObjectAreIgnored() {
    assertNull(Parsing.requestSnippet(OLLAMA_CHAT, "{\"options\":\"x\"}").stopSequences);
  }
}

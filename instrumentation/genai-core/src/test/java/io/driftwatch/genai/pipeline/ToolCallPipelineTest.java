package io.driftwatch.genai.pipeline;

import static io.driftwatch.genai.testing.AttributeValues.absent;
import static io.driftwatch.genai.testing.AttributeValues.bool;
import static io.driftwatch.genai.testing.AttributeValues.decimal;
import static io.driftwatch.genai.testing.AttributeValues.string;
import static io.driftwatch.genai.testing.AttributeValues.strings;
import static io.driftwatch.genai.testing.AttributeValues.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.testing.Exchanges;
import io.driftwatch.genai.testing.Transcripts;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An answer that calls tools is an answer: names on the span, arguments checked, counted, captured when asked. */
class ToolCallPipelineTest {

  private static final String DIR = "tool-calls/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Pipeline pipeline = Pipeline.withDefaults();

  @AfterEach
  void close() {
    pipeline.close();
  }

  private SpanData respond(LlmExchange exchange, String response) {
    if (response.endsWith(".sse")) {
      Exchanges.respondStream(exchange, DIR + response);
    } else {
      Exchanges.respond(exchange, 200, DIR + response);
    }
    return pipeline.finish().onlySpan();
  }

  private SpanData openAiChat(String request, String response) {
    return respond(Exchanges.start("api.openai.com", 443, "/v1/chat/completions", HeaderLookup.NONE, null,
        Transcripts.bytes(DIR + request)), response);
  }

  private SpanData anthropic(String response) {
    return respond(Exchanges.start("api.anthropic.com", 443, "/v1/messages", HeaderLookup.NONE, null,
        Transcripts.bytes(DIR + "anthropic-request.json")), response);
  }

  @Test
  void openAiToolCallsNameTheToolsCountTheirArgumentsAndAreCompliant() {
    Attributes span = openAiChat("openai-chat-request.json", "openai-chat-response.json").getAttributes();

    assertEquals(List.of("page_oncall", "lookup_oncall"), strings(span, "driftwatch.tool_call.names"));
    assertEquals(List.of("tool_calls"), strings(span, "gen_ai.response.finish_reasons"));
    long arguments = "{\"severity\":2,\"note\":\"db down\"}".length() + "{\"team\":\"db\"}".length();
    assertEquals(arguments, whole(span, "driftwatch.output.length"));
    assertEquals(true, bool(span, "driftwatch.format.compliant"));
    assertEquals(false, bool(span, "driftwatch.refusal"));
    assertTrue(absent(span, "gen_ai.output.messages"), "content capture is off by default");
    assertEquals(1L, toolCallAnswers());
    assertNull(pipeline.telemetry.metric("driftwatch.llm.empty_outputs"), "a tool call is not an empty answer");
  }

  @Test
  void argumentsOutsideTheToolSchemaNameTheToolAndThePointer() {
    Attributes span = openAiChat("openai-chat-request.json", "openai-chat-response-invalid.json").getAttributes();

    assertEquals(false, bool(span, "driftwatch.format.compliant"));
    assertEquals("tool_arguments_invalid", string(span, "driftwatch.format.violation"));
    assertEquals("page_oncall/severity", string(span, "driftwatch.format.violation.path"));
  }

  @Test
  void streamedOpenAiToolCallIsAssembledCheckedAndCaptured() throws Exception {
    pipeline.close();
    pipeline = Pipeline.with(Map.of(GenAiSettings.CAPTURE_MESSAGE_CONTENT, "true"));
    Attributes span = openAiChat("openai-chat-request.json", "openai-chat-stream.sse").getAttributes();

    assertEquals(List.of("page_oncall"), strings(span, "driftwatch.tool_call.names"));
    assertEquals("{\"severity\":9}".length(), whole(span, "driftwatch.output.length"));
    assertEquals("page_oncall/severity", string(span, "driftwatch.format.violation.path"), "9 is above the maximum");
    JsonNode output = JSON.readTree(string(span, "gen_ai.output.messages"));
    JsonNode call = output.get(0).get("parts").get(0);
    assertEquals("assistant", output.get(0).get("role").asText());
    assertEquals("tool_calls", output.get(0).get("finish_reason").asText());
    assertEquals("tool_call", call.get("type").asText());
    assertEquals("call_page", call.get("id").asText());
    assertEquals("page_oncall", call.get("name").asText());
    assertEquals(9, call.get("arguments").get("severity").asInt());
    assertEquals(1, output.get(0).get("parts").size(), "no empty text part beside the call");
  }

  @Test
  void historyCarriesToolCallsAndToolResultsAsPartsRedacted() throws Exception {
    pipeline.close();
    pipeline = Pipeline.with(Map.of(GenAiSettings.CAPTURE_MESSAGE_CONTENT, "true"));
    Attributes span = openAiChat("openai-chat-request.json", "openai-chat-response.json").getAttributes();

    JsonNode input = JSON.readTree(string(span, "gen_ai.input.messages"));
    assertEquals("system", input.get(0).get("role").asText(), "the history's system message stays in the input");
    JsonNode assistant = input.get(2);
    assertEquals("assistant", assistant.get("role").asText());
    assertEquals("tool_call", assistant.get("parts").get(0).get("type").asText());
    assertEquals("payments", assistant.get("parts").get(0).get("arguments").get("team").asText());
    JsonNode tool = input.get(3);
    assertEquals("tool", tool.get("role").asText());
    assertEquals(1, tool.get("parts").size());
    JsonNode result = tool.get("parts").get(0);
    assertEquals("tool_call_response", result.get("type").asText());
    assertEquals("call_earlier", result.get("id").asText());
    assertEquals("Dana, [REDACTED:email]", result.get("response").asText());
    JsonNode output = JSON.readTree(string(span, "gen_ai.output.messages")).get(0).get("parts");
    assertEquals(List.of("call_page", "call_look"), List.of(output.get(0).get("id").asText(), output.get(1).get("id").asText()));
  }

  @Test
  void anthropicToolUseKeepsItsTextAndValidatesTheInput() throws Exception {
    pipeline.close();
    pipeline = Pipeline.with(Map.of(GenAiSettings.CAPTURE_MESSAGE_CONTENT, "true"));
    Attributes span = anthropic("anthropic-response.json").getAttributes();

    assertEquals(List.of("get_weather"), strings(span, "driftwatch.tool_call.names"));
    assertEquals("Checking Lisbon.".length() + "{\"city\":42}".length(), whole(span, "driftwatch.output.length"));
    assertEquals("get_weather/city", string(span, "driftwatch.format.violation.path"));
    JsonNode parts = JSON.readTree(string(span, "gen_ai.output.messages")).get(0).get("parts");
    assertEquals("text", parts.get(0).get("type").asText());
    assertEquals("toolu_01", parts.get(1).get("id").asText());
    JsonNode input = JSON.readTree(string(span, "gen_ai.input.messages"));
    JsonNode assistant = input.get(1).get("parts");
    assertEquals("Let me check.", assistant.get(0).get("content").asText());
    assertEquals("Porto", assistant.get(1).get("arguments").get("city").asText());
    JsonNode result = input.get(2).get("parts");
    assertEquals(1, result.size(), "a message of tool results only has no empty text part");
    assertEquals("tool_call_response", result.get(0).get("type").asText());
    assertEquals("sunny, 21C", result.get(0).get("response").asText());
  }

  @Test
  void streamedAnthropicToolUseWithAndWithoutInputIsCompliant() {
    Attributes span = anthropic("anthropic-stream.sse").getAttributes();

    assertEquals(List.of("get_weather", "now"), strings(span, "driftwatch.tool_call.names"));
    assertEquals(true, bool(span, "driftwatch.format.compliant"), "a tool without input streams no fragment: {}");
    assertEquals("{\"city\": \"Lisbon\"}".length() + "{}".length(), whole(span, "driftwatch.output.length"));
  }

  @Test
  void responsesFunctionCallIsAToolCall() throws Exception {
    pipeline.close();
    pipeline = Pipeline.with(Map.of(GenAiSettings.CAPTURE_MESSAGE_CONTENT, "true"));
    Attributes span = respond(Exchanges.start("api.openai.com", 443, "/v1/responses", HeaderLookup.NONE, null,
        Transcripts.bytes(DIR + "openai-responses-request.json")), "openai-responses-response.json").getAttributes();

    assertEquals(List.of("page_oncall"), strings(span, "driftwatch.tool_call.names"));
    assertEquals(true, bool(span, "driftwatch.format.compliant"));
    JsonNode input = JSON.readTree(string(span, "gen_ai.input.messages"));
    assertEquals("assistant", input.get(1).get("role").asText());
    assertEquals("call_old", input.get(1).get("parts").get(0).get("id").asText());
    assertEquals("tool", input.get(2).get("role").asText());
    assertEquals("paged Dana", input.get(2).get("parts").get(0).get("response").asText());
    assertEquals("call_resp", JSON.readTree(string(span, "gen_ai.output.messages")).get(0).get("parts").get(0)
        .get("id").asText());
  }

  @Test
  void geminiFunctionCallIsCheckedAgainstItsDeclaration() {
    Attributes span = respond(Exchanges.start("generativelanguage.googleapis.com", 443,
        "/v1beta/models/gemini-2.5-flash:generateContent", HeaderLookup.NONE, null,
        Transcripts.bytes(DIR + "gemini-request.json")), "gemini-response.json").getAttributes();

    assertEquals(List.of("get_time"), strings(span, "driftwatch.tool_call.names"));
    assertEquals(false, bool(span, "driftwatch.format.compliant"));
    assertEquals("get_time/", string(span, "driftwatch.format.violation.path"), "the required timezone is missing");
  }

  @Test
  void bedrockToolUseIsCheckedAgainstTheToolSpec() {
    Attributes span = respond(Exchanges.start("bedrock-runtime.us-east-1.amazonaws.com", 443,
        "/model/us.anthropic.claude-3-5-haiku-20241022-v1:0/converse", HeaderLookup.NONE, null,
        Transcripts.bytes("bedrock-converse/request.json")), "bedrock-converse-response.json").getAttributes();

    assertEquals(List.of("get_weather"), strings(span, "driftwatch.tool_call.names"));
    assertEquals("tool_arguments_invalid", string(span, "driftwatch.format.violation"));
    assertEquals("get_weather/", string(span, "driftwatch.format.violation.path"), "city is required");
    assertNotNull(decimal(span, "driftwatch.cost"),
        "a cross-region profile of a priced model is priced");
  }

  @Test
  void aCallToAToolTheRequestNeverOfferedIsAViolationNamingIt() {
    LlmExchange exchange = Exchanges.start("api.openai.com", 443, "/v1/chat/completions", HeaderLookup.NONE, null,
        Exchanges.utf8("{\"model\":\"gpt-4o-mini\",\"messages\":[],\"tools\":[{\"type\":\"function\","
            + "\"function\":{\"name\":\"now\"}}]}"));
    Exchanges.respond(exchange, 200, Exchanges.utf8("{\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,"
        + "\"finish_reason\":\"tool_calls\",\"message\":{\"role\":\"assistant\",\"tool_calls\":["
        + "{\"id\":\"c1\",\"type\":\"function\",\"function\":{\"name\":\"now\",\"arguments\":\"{}\"}},"
        + "{\"id\":\"c2\",\"type\":\"function\",\"function\":{\"name\":\"delete_all\",\"arguments\":\"{}\"}}]}}]}"));
    Attributes span = pipeline.finish().onlySpan().getAttributes();

    assertEquals(false, bool(span, "driftwatch.format.compliant"), "now takes any arguments; delete_all was never offered");
    assertEquals("undeclared_tool", string(span, "driftwatch.format.violation"));
    assertEquals("delete_all", string(span, "driftwatch.format.violation.path"));
  }

  @Test
  void plainTextAnswerHasNoToolNamesAndIsNotCounted() {
    Attributes span = openAiChat("openai-chat-request.json", "../openai-chat/response.json").getAttributes();

    assertTrue(absent(span, "driftwatch.tool_call.names"));
    assertFalse(span.asMap().keySet().stream().anyMatch(k -> k.getKey().startsWith("driftwatch.tool_call")));
    assertNull(pipeline.telemetry.metric("driftwatch.llm.tool_call_answers"));
  }

  private long toolCallAnswers() {
    MetricData metric = pipeline.telemetry.metric("driftwatch.llm.tool_call_answers");
    assertNotNull(metric, "driftwatch.llm.tool_call_answers was not recorded");
    LongPointData point = metric.getLongSumData().getPoints().iterator().next();
    assertEquals("gpt-4o-mini", string(point.getAttributes(), "gen_ai.request.model"));
    return point.getValue();
  }
}

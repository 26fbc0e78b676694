package io.driftwatch.genai.providers.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.driftwatch.genai.providers.GenAiCall;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scanner folds every content_block_delta as the streaming parser does; what it declines the parser decides. */
class AnthropicDeltaScannerTest {

  private static final List<String> ORDINARY = List.of(
      "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Hello\"}}",
      "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"\\\"caf\\u00e9\\\" \u4e2d\\n\"}}",
      "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"a\\\":\"}}",
      "{\"index\":1,\"delta\":{\"partial_json\":\"1}\",\"type\":\"input_json_delta\"}}",
      // odd but within the subset
      "{\"delta\":{\"text\":\"a\"},\"delta\":{\"text\":\"b\",\"text\":\"c\"}}",
      "{\"delta\":{\"type\":5,\"text\":7}}",
      "{\"delta\":\"text\",\"index\":true}",
      "{\"index\":{},\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":null}}",
      "{\"delta\":{\"type\":\"text_delta\",\"text\":\"x\",\"extra\":{\"deep\":[1,2.5,{\"k\":null}]}}}");

  private static final List<String> DECLINED = List.of(
      "{\"index\":1.0,\"delta\":{\"text\":\"fraction\"}}",
      "{\"index\":\"2\",\"delta\":{\"text\":\"string index\"}}",
      "{\"\\u0064elta\":{\"text\":\"escaped name\"}}",
      "{\"delta\":{\"text\":\"cut",
      "[\"not an object\"]",
      "7",
      "{\"delta\":{\"text\":\"\\x\"}}");

  @Test
  void ordinaryAndOddDeltasFoldAsTheParserFoldsThemWithoutIt() throws IOException {
    AnthropicStreamAccumulator scanned = new AnthropicStreamAccumulator(true);
    assertEquals(fold(new AnthropicStreamAccumulator(false), ORDINARY), fold(scanned, ORDINARY));
    assertEquals(0, scanned.parsedDeltas());
  }

  @Test
  void declinedDeltasFoldAsTheParserFoldsThem() throws IOException {
    for (String event : DECLINED) {
      List<String> events = List.of(ORDINARY.get(0), event, ORDINARY.get(1));
      AnthropicStreamAccumulator scanned = new AnthropicStreamAccumulator(true);
      assertEquals(fold(new AnthropicStreamAccumulator(false), events), fold(scanned, events), event);
      assertEquals(1, scanned.parsedDeltas(), event);
    }
  }

  private static String fold(AnthropicStreamAccumulator accumulator, List<String> events) throws IOException {
    GenAiCall call = new GenAiCall();
    accumulator.onTree("content_block_start", io.driftwatch.genai.providers.StreamJson.MAPPER.readTree(
        "{\"index\":1,\"content_block\":{\"type\":\"tool_use\",\"name\":\"calc\"}}"), call);
    StringBuilder outcomes = new StringBuilder();
    for (String event : events) {
      byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
      try {
        outcomes.append(accumulator.onEvent("content_block_delta", bytes, 0, bytes.length, call)).append(' ');
      } catch (IOException e) {
        outcomes.append("malformed ");
      }
    }
    accumulator.finish(call);
    return outcomes + "text=" + call.output.text() + "|len=" + call.output.length() + "|tools=" + call.toolCalls;
  }
}

package io.driftwatch.genai.providers.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.driftwatch.genai.providers.GenAiCall;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scanner folds every chunk exactly as the streaming parser does, ordinary or hostile; the
 * ordinary ones never reach the parser, and what the scanner declines the parser decides.
 */
class OpenAiChatChunkScannerTest {

  /** Chunks as OpenAI and the compatible servers send them: read by the scanner alone. */
  private static final List<String> ORDINARY = List.of(
      "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1763990400,\"model\":\"gpt-4o-mini\","
          + "\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
          + "\"content\":\"\",\"refusal\":null},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}",
      "{\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"{\\\"a\\\": \\\"\\u00e9\\ud83d\\ude00\\n\"}}]}",
      "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"caf\u00e9 \u4e2d \uD83D\uDE00\"}}]}",
      "{\"choices\":[{\"index\":1,\"delta\":{\"content\":\"b\"}},{\"index\":0,\"delta\":{\"content\":\"a\"}}]}",
      "{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\","
          + "\"function\":{\"name\":\"get_weather\",\"arguments\":\"\"}}]}}]}",
      "{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"city\\\":\"}}]}}]}",
      "{\"choices\":[{\"index\":0,\"delta\":{\"refusal\":\"I can't\"}}]}",
      "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}",
      "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"content_filter\"}]}",
      "{\"choices\":[{\"index\":2,\"delta\":{},\"finish_reason\":\"something_new\"}]}",
      "{\"choices\":[],\"usage\":{\"prompt_tokens\":212,\"completion_tokens\":198,\"total_tokens\":410,"
          + "\"prompt_tokens_details\":{\"cached_tokens\":64,\"audio_tokens\":0},"
          + "\"completion_tokens_details\":{\"reasoning_tokens\":12}}}",
      // odd but within the subset: duplicate keys (last wins), odd types, objects for arrays, whitespace
      "{\"model\":\"m1\",\"model\":\"m2\",\"choices\":[{\"delta\":{\"content\":\"x\",\"content\":\"y\"}}]}",
      "{\"choices\":[{\"delta\":{\"content\":\"lost\"}}],\"choices\":[{\"delta\":{\"content\":\"kept\"}}]}",
      "{\"choices\":[{\"delta\":{\"content\":\"a\"},\"delta\":{\"content\":\"b\"}}]}",
      "{\"choices\":{\"first\":{\"delta\":{\"content\":\"obj\"}}}}",
      "{\"choices\":[7,null,{\"index\":true,\"delta\":{\"content\":5}},{\"index\":{},\"delta\":[1]}]}",
      "{\"choices\":[{\"index\":null,\"delta\":\"text\",\"finish_reason\":12}]}",
      "{\"choices\":\"none\",\"usage\":[1,2],\"id\":5,\"model\":{\"x\":1}}",
      "{\"usage\":{\"prompt_tokens\":\"12\",\"completion_tokens\":null,\"prompt_tokens_details\":[],"
          + "\"completion_tokens_details\":{\"reasoning_tokens\":1,\"reasoning_tokens\":2}}}",
      "{\"choices\":[{\"delta\":{\"tool_calls\":{\"k\":{\"index\":3,\"function\":{\"name\":\"n\"}}}}}]}",
      "{\"choices\":[{\"delta\":{\"tool_calls\":[5,{\"function\":\"f\"},{\"function\":{\"name\":1,\"arguments\":[]}}]}}]}",
      " \n\t{ \"choices\" : [ { \"delta\" : { \"content\" : \"ws\" } } ] , \"x\" : [ ] } trailing",
      "{\"created\":-0,\"a\":1.5e-3,\"b\":[true,false,null],\"choices\":[{\"index\":-1,\"delta\":{\"content\":\"n\"}}]}");

  /** Outside the subset: the scanner declines, the parser reads (or rejects) them. */
  private static final List<String> DECLINED = List.of(
      "{\"choices\":[{\"index\":1.0,\"delta\":{\"content\":\"fraction index\"}}]}",
      "{\"choices\":[{\"index\":\"1\",\"delta\":{\"content\":\"string index\"}}]}",
      "{\"choices\":[{\"index\":3000000000,\"delta\":{\"content\":\"big index\"}}]}",
      "{\"usage\":{\"prompt_tokens\":12.0,\"completion_tokens\":1e2}}",
      "{\"usage\":{\"prompt_tokens\":123456789012345678901234567890}}",
      "{\"\\u0063hoices\":[{\"delta\":{\"content\":\"escaped name\"}}]}",
      "{\"choices\":[{\"delta\":{\"content\":\"unterminated}}]}",
      "{\"choices\":[{\"delta\":{\"content\":\"a\",}}]}",
      "{\"choices\":[{\"delta\":{\"content\":\"bad \\q escape\"}}]}",
      "{\"choices\":[{\"delta\":{\"content\":\"raw\ttab\"}}]}",
      "{\"choices\":[{\"delta\":{\"content\":'single'}}]}",
      "{\"choices\":[{\"delta\":{\"content\":\"x\"}}]",
      "[{\"choices\":[]}]",
      "[1,",
      "\"just a string\"",
      "",
      "{\"a\":NaN}",
      "{\"a\":01}");

  @Test
  void ordinaryAndOddChunksFoldAsTheParserFoldsThemWithoutIt() throws IOException {
    OpenAiChatStreamAccumulator scanned = new OpenAiChatStreamAccumulator(true);
    assertEquals(fold(new OpenAiChatStreamAccumulator(false), ORDINARY), fold(scanned, ORDINARY));
    assertEquals(0, scanned.parsedEvents());
  }

  @Test
  void declinedChunksFoldAsTheParserFoldsThemAndMalformedOnesFail() throws IOException {
    for (String event : DECLINED) {
      List<String> events = List.of(ORDINARY.get(1), event, ORDINARY.get(3));
      OpenAiChatStreamAccumulator scanned = new OpenAiChatStreamAccumulator(true);
      assertEquals(fold(new OpenAiChatStreamAccumulator(false), events), fold(scanned, events), event);
      assertEquals(1, scanned.parsedEvents(), event);
    }
  }

  @Test
  void malformedUtf8IsTheParsersToJudge() throws IOException {
    byte[] event = "{\"choices\":[{\"delta\":{\"content\":\"a\u00e9\"}}]}".getBytes(StandardCharsets.UTF_8);
    event[event.length - 7] = (byte) 0xFF; // the é's lead byte
    OpenAiChatStreamAccumulator scanned = new OpenAiChatStreamAccumulator(true);
    assertEquals(foldBytes(new OpenAiChatStreamAccumulator(false), event), foldBytes(scanned, event));
    assertEquals(1, scanned.parsedEvents());
  }

  /** Everything the fold leaves on the call, and each event's outcome, as one comparable text. */
  private static String fold(OpenAiChatStreamAccumulator accumulator, List<String> events) throws IOException {
    GenAiCall call = new GenAiCall();
    StringBuilder outcomes = new StringBuilder();
    for (String event : events) {
      byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
      outcomes.append(outcome(accumulator, bytes, call)).append(' ');
    }
    accumulator.finish(call);
    return outcomes + describe(call);
  }

  private static String foldBytes(OpenAiChatStreamAccumulator accumulator, byte[] event) throws IOException {
    GenAiCall call = new GenAiCall();
    String outcome = outcome(accumulator, event, call);
    accumulator.finish(call);
    return outcome + " " + describe(call);
  }

  private static String outcome(OpenAiChatStreamAccumulator accumulator, byte[] bytes, GenAiCall call) {
    byte[] padded = new byte[bytes.length + 6];
    System.arraycopy(bytes, 0, padded, 3, bytes.length);
    try {
      return String.valueOf(accumulator.onEvent(null, padded, 3, bytes.length, call));
    } catch (IOException e) {
      return "malformed";
    }
  }

  static String describe(GenAiCall call) {
    return String.join("|", "id=" + call.responseId, "model=" + call.responseModel,
        "fp=" + call.systemFingerprint, "text=" + call.output.text(), "len=" + call.output.length(),
        "refusal=" + call.providerRefusal, "finish=" + call.finishReasons, "tools=" + call.toolCalls,
        "in=" + call.inputTokens, "out=" + call.outputTokens, "cached=" + call.cacheReadInputTokens,
        "reasoning=" + call.reasoningOutputTokens);
  }
}

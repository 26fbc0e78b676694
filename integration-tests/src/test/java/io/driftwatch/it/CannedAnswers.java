package io.driftwatch.it;

import io.driftwatch.samples.standin.CannedResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Provider answers with exactly the content a behavioral test needs. */
final class CannedAnswers {

  private CannedAnswers() {}

  static CannedResponse openAiChat(String model, String contentJson, String finishReason, String refusalJson,
      String toolCallsJson) {
    String message = "{\"role\":\"assistant\",\"content\":" + contentJson + ",\"refusal\":" + refusalJson
        + (toolCallsJson == null ? "" : ",\"tool_calls\":" + toolCallsJson) + ",\"annotations\":[]}";
    return CannedResponse.json(200, "{\"id\":\"chatcmpl-canned\",\"object\":\"chat.completion\",\"created\":1700000000,"
        + "\"model\":\"" + model + "\",\"choices\":[{\"index\":0,\"message\":" + message + ",\"logprobs\":null,"
        + "\"finish_reason\":\"" + finishReason + "\"}],"
        + "\"usage\":{\"prompt_tokens\":20,\"completion_tokens\":10,\"total_tokens\":30}}");
  }

  static CannedResponse openAiText(String model, String text) {
    return openAiChat(model, quote(text), "stop", "null", null);
  }

  static CannedResponse anthropicMessage(String model, String text, String stopReason) {
    return CannedResponse.json(200, "{\"id\":\"msg_canned\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\""
        + model + "\",\"content\":[{\"type\":\"text\",\"text\":" + quote(text) + "}],\"stop_reason\":\"" + stopReason
        + "\",\"stop_sequence\":null,\"usage\":{\"input_tokens\":12,\"output_tokens\":8}}");
  }

  /** An OpenAI chat answer calling one tool: {@code finish_reason=tool_calls}, no text. */
  static CannedResponse openAiToolCall(String model, String callId, String tool, String argumentsJson) {
    return openAiChat(model, "null", "tool_calls", "null", "[{\"id\":\"" + callId + "\",\"type\":\"function\","
        + "\"function\":{\"name\":\"" + tool + "\",\"arguments\":" + quote(argumentsJson) + "}}]");
  }

  /** The same tool call streamed as OpenAI does: the name first, then the arguments in two fragments. */
  static CannedResponse openAiToolCallStream(String model, String callId, String tool, String argumentsJson) {
    int half = argumentsJson.length() / 2;
    String prefix = "data: {\"id\":\"chatcmpl-toolstream\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
        + "\"model\":\"" + model + "\",\"choices\":[{\"index\":0,\"delta\":";
    String sse = prefix + "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"index\":0,\"id\":\"" + callId
        + "\",\"type\":\"function\",\"function\":{\"name\":\"" + tool + "\",\"arguments\":\"\"}}]},\"finish_reason\":null}]}\n\n"
        + prefix + "{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":" + quote(argumentsJson.substring(0, half))
        + "}}]},\"finish_reason\":null}]}\n\n"
        + prefix + "{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":" + quote(argumentsJson.substring(half))
        + "}}]},\"finish_reason\":null}]}\n\n"
        + prefix + "{},\"finish_reason\":\"tool_calls\"}]}\n\n"
        + "data: [DONE]\n\n";
    return CannedResponse.of(200, "text/event-stream", sse.getBytes(StandardCharsets.UTF_8),
        Map.of()).withChunkedBody(64, 0);
  }

  /** An Anthropic answer with a text block and one {@code tool_use} block. */
  static CannedResponse anthropicToolUse(String model, String id, String tool, String inputJson) {
    return CannedResponse.json(200, "{\"id\":\"msg_tool\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\""
        + model + "\",\"content\":[{\"type\":\"text\",\"text\":\"Checking.\"},{\"type\":\"tool_use\",\"id\":\"" + id
        + "\",\"name\":\"" + tool + "\",\"input\":" + inputJson + "}],\"stop_reason\":\"tool_use\",\"stop_sequence\":null,"
        + "\"usage\":{\"input_tokens\":30,\"output_tokens\":12}}");
  }

  /** The same {@code tool_use} block streamed as Anthropic does: the block opens, its input arrives in two fragments. */
  static CannedResponse anthropicToolUseStream(String model, String id, String tool, String inputJson) {
    int half = inputJson.length() / 2;
    String sse = event("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_toolstream\","
        + "\"type\":\"message\",\"role\":\"assistant\",\"model\":\"" + model + "\",\"content\":[],\"stop_reason\":null,"
        + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":30,\"output_tokens\":1}}}")
        + event("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":"
            + "{\"type\":\"tool_use\",\"id\":\"" + id + "\",\"name\":\"" + tool + "\",\"input\":{}}}")
        + event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
            + "{\"type\":\"input_json_delta\",\"partial_json\":" + quote(inputJson.substring(0, half)) + "}}")
        + event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
            + "{\"type\":\"input_json_delta\",\"partial_json\":" + quote(inputJson.substring(half)) + "}}")
        + event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")
        + event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\","
            + "\"stop_sequence\":null},\"usage\":{\"output_tokens\":12}}")
        + event("message_stop", "{\"type\":\"message_stop\"}");
    return CannedResponse.of(200, "text/event-stream", sse.getBytes(StandardCharsets.UTF_8), Map.of())
        .withChunkedBody(64, 0);
  }

  private static String event(String name, String data) {
    return "event: " + name + "\ndata: " + data + "\n\n";
  }

  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}

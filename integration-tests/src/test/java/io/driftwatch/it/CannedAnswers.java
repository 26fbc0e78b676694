package io.driftwatch.it;

import io.driftwatch.samples.standin.CannedResponse;

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

  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}

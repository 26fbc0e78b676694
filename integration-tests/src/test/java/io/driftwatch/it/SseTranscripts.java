package io.driftwatch.it;

import java.util.List;

/** Server-sent event bodies written out byte for byte, so a test knows exactly what the provider sent. */
final class SseTranscripts {

  private SseTranscripts() {}

  /** An OpenAI chat stream: one chunk per piece of text, a final "stop" chunk, a usage chunk, [DONE]. */
  static String openAiChat(String model, List<String> pieces, long promptTokens, long completionTokens) {
    StringBuilder sse = new StringBuilder();
    for (String piece : pieces) {
      sse.append(chunk(model, "{\"index\":0,\"delta\":{\"content\":\"" + piece + "\"},\"finish_reason\":null}"));
    }
    sse.append(chunk(model, "{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}"));
    sse.append("data: {\"id\":\"chatcmpl-sse\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"")
        .append(model).append("\",\"choices\":[],\"usage\":{\"prompt_tokens\":").append(promptTokens)
        .append(",\"completion_tokens\":").append(completionTokens).append(",\"total_tokens\":")
        .append(promptTokens + completionTokens).append("}}\n\n");
    return sse.append("data: [DONE]\n\n").toString();
  }

  private static String chunk(String model, String choice) {
    return "data: {\"id\":\"chatcmpl-sse\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\""
        + model + "\",\"choices\":[" + choice + "]}\n\n";
  }
}

package io.driftwatch.testing;

import java.nio.charset.StandardCharsets;

/** OpenAI Chat Completions requests and answers written out byte for byte. */
final class ChatTranscripts {

  static final String MODEL = "gpt-4o-mini";

  private ChatTranscripts() {}

  static String request(boolean stream) {
    return "{\"model\":\"" + MODEL + "\",\"stream\":" + stream
        + ",\"messages\":[{\"role\":\"user\",\"content\":\"What is observability?\"}]}";
  }

  /** A chat request of exactly {@code size} bytes: the user's message is padded. */
  static byte[] requestOfSize(int size) {
    String head = "{\"model\":\"" + MODEL + "\",\"messages\":[{\"role\":\"user\",\"content\":\"";
    String tail = "\"}]}";
    return (head + "x".repeat(size - head.length() - tail.length()) + tail).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] answer() {
    return ("{\"id\":\"chatcmpl-conformance\",\"object\":\"chat.completion\",\"created\":1700000000,\"model\":\""
        + MODEL + "\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Seeing inside.\"},"
        + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":21,\"completion_tokens\":4,\"total_tokens\":25}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Three text chunks, a "stop" chunk, a usage chunk and [DONE]. */
  static byte[] stream() {
    StringBuilder sse = new StringBuilder();
    for (String piece : new String[] {"Seeing ", "inside ", "systems."}) {
      sse.append(chunk("{\"index\":0,\"delta\":{\"content\":\"" + piece + "\"},\"finish_reason\":null}"));
    }
    sse.append(chunk("{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}"));
    sse.append("data: {\"id\":\"chatcmpl-sse\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,")
        .append("\"model\":\"").append(MODEL).append("\",\"choices\":[],")
        .append("\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":3,\"total_tokens\":15}}\n\n");
    return sse.append("data: [DONE]\n\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] invalidRequest() {
    return ("{\"error\":{\"message\":\"Unknown parameter: 'temprature'.\",\"type\":\"invalid_request_error\","
        + "\"param\":\"temprature\",\"code\":\"unknown_parameter\"}}").getBytes(StandardCharsets.UTF_8);
  }

  private static String chunk(String choice) {
    return "data: {\"id\":\"chatcmpl-sse\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\""
        + MODEL + "\",\"choices\":[" + choice + "]}\n\n";
  }
}

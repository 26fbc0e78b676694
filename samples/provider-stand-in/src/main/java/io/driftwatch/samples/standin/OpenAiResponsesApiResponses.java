package io.driftwatch.samples.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * OpenAI Responses API: a completed "response" object. It carries every field the real API
 * returns, because openai-java treats most of them as required even when they are null.
 */
final class OpenAiResponsesApiResponses {

  private OpenAiResponsesApiResponses() {}

  static Reply reply(ProviderRequest request, Answer answer) {
    if (request.stream()) {
      return OpenAiResponsesStream.reply(answer);
    }
    return CannedReply.okJson(completed(answer), ProviderHeaders.openAi(answer));
  }

  static ObjectNode completed(Answer answer) {
    var output = Json.array().add(message(answer, answer.text(), "completed"));
    var response = response(answer, "completed", output);
    response.set("usage", usage(answer));
    return response;
  }

  /** A response as announced before any output exists, for the start of a stream. */
  static ObjectNode inProgress(Answer answer) {
    var response = response(answer, "in_progress", Json.array());
    response.putNull("usage");
    return response;
  }

  static String messageId(Answer answer) {
    return "msg_standin_" + answer.sequence();
  }

  static ObjectNode message(Answer answer, String text, String status) {
    var content = Json.array();
    if (text != null) {
      content.add(outputText(text));
    }
    var message = Json.object();
    message.put("type", "message");
    message.put("id", messageId(answer));
    message.put("status", status);
    message.put("role", "assistant");
    message.set("content", content);
    return message;
  }

  static ObjectNode outputText(String text) {
    var part = Json.object();
    part.put("type", "output_text");
    part.put("text", text);
    part.set("annotations", Json.array());
    part.set("logprobs", Json.array());
    return part;
  }

  private static ObjectNode response(Answer answer, String status, ArrayNode output) {
    var response = Json.object();
    response.put("id", "resp_standin_" + answer.sequence());
    response.put("object", "response");
    response.put("created_at", answer.createdEpochSeconds());
    response.put("status", status);
    response.put("background", false);
    response.putNull("error");
    response.putNull("incomplete_details");
    response.putNull("instructions");
    response.putNull("max_output_tokens");
    response.put("model", answer.servedModel());
    response.set("output", output);
    response.put("parallel_tool_calls", true);
    response.putNull("previous_response_id");
    response.set("reasoning", Json.object().putNull("effort").putNull("summary"));
    response.put("service_tier", "default");
    response.put("store", true);
    response.put("temperature", 1.0);
    response.set("text", Json.object()
        .<ObjectNode>set("format", Json.object().put("type", "text"))
        .put("verbosity", "medium"));
    response.put("tool_choice", "auto");
    response.set("tools", Json.array());
    response.put("top_p", 1.0);
    response.put("truncation", "disabled");
    response.putNull("user");
    response.set("metadata", Json.object());
    return response;
  }

  private static ObjectNode usage(Answer answer) {
    var usage = Json.object();
    usage.put("input_tokens", answer.inputTokens());
    usage.set("input_tokens_details",
        Json.object().put("cached_tokens", 0).put("cache_write_tokens", 0));
    usage.put("output_tokens", answer.outputTokens());
    usage.set("output_tokens_details", Json.object().put("reasoning_tokens", 0));
    usage.put("total_tokens", answer.totalTokens());
    return usage;
  }
}

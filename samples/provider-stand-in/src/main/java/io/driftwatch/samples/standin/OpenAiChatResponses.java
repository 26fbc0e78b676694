package io.driftwatch.samples.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** OpenAI Chat Completions: a whole chat.completion, or a stream when the request asks. */
final class OpenAiChatResponses {

  private OpenAiChatResponses() {}

  static Reply reply(ProviderRequest request, Answer answer) {
    if (request.stream()) {
      return OpenAiChatStream.reply(request, answer);
    }
    return CannedReply.okJson(completion(answer), ProviderHeaders.openAi(answer));
  }

  static String id(Answer answer) {
    return "chatcmpl-standin-" + answer.sequence();
  }

  static ObjectNode completion(Answer answer) {
    var message = Json.object();
    message.put("role", "assistant");
    message.put("content", answer.text());
    message.putNull("refusal");
    message.set("annotations", Json.array());

    var choice = Json.object();
    choice.put("index", 0);
    choice.set("message", message);
    choice.putNull("logprobs");
    choice.put("finish_reason", "stop");

    var completion = envelope(answer, "chat.completion");
    completion.set("choices", Json.array().add(choice));
    completion.set("usage", usage(answer));
    return completion;
  }

  /** The fields every completion and every chunk of one answer share. */
  static ObjectNode envelope(Answer answer, String object) {
    var node = Json.object();
    node.put("id", id(answer));
    node.put("object", object);
    node.put("created", answer.createdEpochSeconds());
    node.put("model", answer.servedModel());
    node.put("service_tier", "default");
    node.put("system_fingerprint", "fp_standin");
    return node;
  }

  static ObjectNode usage(Answer answer) {
    var usage = Json.object();
    usage.put("prompt_tokens", answer.inputTokens());
    usage.put("completion_tokens", answer.outputTokens());
    usage.put("total_tokens", answer.totalTokens());
    usage.set("prompt_tokens_details", Json.object().put("cached_tokens", 0).put("audio_tokens", 0));
    usage.set("completion_tokens_details", Json.object()
        .put("reasoning_tokens", 0)
        .put("audio_tokens", 0)
        .put("accepted_prediction_tokens", 0)
        .put("rejected_prediction_tokens", 0));
    return usage;
  }
}

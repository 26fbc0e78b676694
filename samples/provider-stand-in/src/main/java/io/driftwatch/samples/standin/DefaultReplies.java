package io.driftwatch.samples.standin;

import java.io.IOException;

/** Chooses the provider format for a request by its path and answers in it. */
final class DefaultReplies {

  private final StandInSettings settings;

  DefaultReplies(StandInSettings settings) {
    this.settings = settings;
  }

  Reply replyFor(RecordedRequest raw) {
    Responder responder = "POST".equals(raw.method()) ? responderFor(raw.path()) : null;
    if (responder == null) {
      return new CannedReply(OpenAiErrors.notFound(raw.method(), raw.path()));
    }
    ProviderRequest request;
    try {
      request = ProviderRequest.parse(raw);
    } catch (IOException e) {
      return new CannedReply(OpenAiErrors.invalidRequest(
          "We could not parse the JSON body of your request: " + e.getMessage()));
    }
    return responder.reply(request, Answer.plan(request, settings));
  }

  // Suffix matches also serve OpenAI-compatible gateways that put a prefix before the API path.
  private static Responder responderFor(String path) {
    if (path.endsWith("/chat/completions")) {
      return OpenAiChatResponses::reply;
    }
    if (path.endsWith("/responses")) {
      return OpenAiResponsesApiResponses::reply;
    }
    if (path.endsWith("/embeddings")) {
      return OpenAiEmbeddingsResponses::reply;
    }
    if (path.endsWith("/v1/messages")) {
      return AnthropicMessagesResponses::reply;
    }
    if (path.endsWith(":generateContent")) {
      return GeminiResponses::reply;
    }
    if (path.endsWith(":streamGenerateContent")) {
      return GeminiResponses::streamReply;
    }
    if (path.startsWith("/model/") && path.endsWith("/converse")) {
      return BedrockResponses::reply;
    }
    if (path.startsWith("/model/") && path.endsWith("/converse-stream")) {
      return BedrockResponses::streamReply;
    }
    if (path.startsWith("/model/") && path.endsWith("/invoke")) {
      return BedrockResponses::invokeReply;
    }
    if (path.startsWith("/model/") && path.endsWith("/invoke-with-response-stream")) {
      return BedrockResponses::invokeStreamReply;
    }
    if (path.endsWith("/api/chat")) {
      return OllamaResponses::chat;
    }
    if (path.endsWith("/api/generate")) {
      return OllamaResponses::generate;
    }
    return null;
  }
}

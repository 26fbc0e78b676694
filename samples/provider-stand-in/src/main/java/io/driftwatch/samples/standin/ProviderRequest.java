package io.driftwatch.samples.standin;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** A recorded request whose body has been read as a provider API's JSON. */
record ProviderRequest(RecordedRequest raw, JsonNode json) {

  /** Used when a request names no model, so answers still carry one. */
  static final String UNNAMED_MODEL = "standin-model";

  /** Reads the body; an empty body counts as {}, anything but a JSON object is rejected. */
  static ProviderRequest parse(RecordedRequest raw) throws IOException {
    byte[] body = raw.body();
    JsonNode json = body.length == 0 ? Json.object() : Json.parse(body);
    if (json == null || !json.isObject()) {
      throw new IOException("request body is not a JSON object");
    }
    return new ProviderRequest(raw, json);
  }

  /**
   * The body's model, else the one the path names: Gemini {@code models/{model}:generateContent},
   * Bedrock {@code /model/{modelId}/converse}.
   */
  String model() {
    return json.path("model").asText(pathModel());
  }

  private String pathModel() {
    String path = raw.path();
    if (path.startsWith("/model/") && path.indexOf('/', "/model/".length()) > "/model/".length()) {
      return path.substring("/model/".length(), path.indexOf('/', "/model/".length()));
    }
    int colon = path.lastIndexOf(':');
    int slash = path.lastIndexOf('/');
    return colon > slash + 1 ? path.substring(slash + 1, colon) : UNNAMED_MODEL;
  }

  boolean stream() {
    return json.path("stream").asBoolean(false);
  }

  /** OpenAI only sends a usage chunk at the end of a stream when the client asks for one. */
  boolean includeUsage() {
    return json.path("stream_options").path("include_usage").asBoolean(false);
  }

  /** A stable stand-in for a tokenizer: about four characters of request body per token. */
  int estimatedInputTokens() {
    return Math.max(1, raw.bodyText().length() / 4);
  }
}

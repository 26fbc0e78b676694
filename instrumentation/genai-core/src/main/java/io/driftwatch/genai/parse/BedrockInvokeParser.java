package io.driftwatch.genai.parse;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Amazon Bedrock InvokeModel ({@code /model/{modelId}/invoke}): the body is the model family's
 * own format. Anthropic's (Claude on Bedrock: {@code anthropic_version} in the request, a
 * {@code "type": "message"} answer) is read with the Anthropic parser; other families get a span
 * with the path's model and the outcome only.
 */
final class BedrockInvokeParser implements ProviderParser {

  private static final ProviderParser ANTHROPIC = new AnthropicMessagesParser();

  private final boolean streamed;

  BedrockInvokeParser(boolean streamed) {
    this.streamed = streamed;
  }

  @Override
  public void readRequest(JsonNode request, GenAiCall call) {
    if (request.has("anthropic_version")) {
      ANTHROPIC.readRequest(request, call);
    }
    call.stream = streamed;
  }

  @Override
  public void readResponse(JsonNode response, GenAiCall call) {
    if ("message".equals(Json.text(response, "type"))) {
      ANTHROPIC.readResponse(response, call);
    }
  }

  @Override
  public void readError(JsonNode error, GenAiCall call) {
    call.providerErrorType = BedrockConverseParser.awsErrorType(error);
  }
}

package io.driftwatch.genai.providers.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.providers.ProviderParser;
import io.driftwatch.genai.providers.anthropic.AnthropicMessagesParser;

/**
 * Amazon Bedrock InvokeModel ({@code /model/{modelId}/invoke}): the body is the model family's
 * own format, recognised by its shape. Anthropic's (Claude: {@code anthropic_version} in, a
 * {@code "type": "message"} answer) is read with the Anthropic parser; Amazon Nova's messages format
 * is Converse's; Meta Llama ({@code prompt}/{@code max_gen_len} in, {@code generation} out) and Amazon
 * Titan Text ({@code inputText} in, {@code results} out) are read here. Other families get a span
 * with the path's model and the outcome only.
 */
public final class BedrockInvokeParser implements ProviderParser {

  private static final ProviderParser ANTHROPIC = new AnthropicMessagesParser();
  private static final ProviderParser NOVA = new BedrockConverseParser(false);

  private final boolean streamed;

public   BedrockInvokeParser(boolean streamed) {
    this.streamed = streamed;
  }

  @Override
  public void readRequest(JsonNode request, GenAiCall call) {
    if (request.has("anthropic_version")) {
      ANTHROPIC.readRequest(request, call);
    } else if (request.has("messages") && request.has("inferenceConfig") || request.has("schemaVersion")) {
      NOVA.readRequest(request, call);
    } else if (request.has("max_gen_len")) {
      call.maxTokens = Json.whole(request, "max_gen_len");
      call.temperature = Json.decimal(request, "temperature");
      call.topP = Json.decimal(request, "top_p");
    } else if (request.has("inputText")) {
      JsonNode config = request.path("textGenerationConfig");
      call.maxTokens = Json.whole(config, "maxTokenCount");
      call.temperature = Json.decimal(config, "temperature");
      call.topP = Json.decimal(config, "topP");
      call.stopSequences = Json.texts(config, "stopSequences");
    }
    call.stream = streamed;
  }

  @Override
  public void readResponse(JsonNode response, GenAiCall call) {
    if ("message".equals(Json.text(response, "type"))) {
      ANTHROPIC.readResponse(response, call);
    } else if (response.has("output") && response.path("output").has("message")) {
      NOVA.readResponse(response, call);
    } else if (response.has("generation")) {
      call.output.append(Json.text(response, "generation"));
      call.inputTokens = Json.whole(response, "prompt_token_count");
      call.outputTokens = Json.whole(response, "generation_token_count");
      addFinishReason(Json.text(response, "stop_reason"), call);
    } else if (response.has("results")) {
      call.inputTokens = Json.whole(response, "inputTextTokenCount");
      long outputTokens = 0;
      for (JsonNode result : response.path("results")) {
        call.output.append(Json.text(result, "outputText"));
        Long tokens = Json.whole(result, "tokenCount");
        outputTokens += tokens == null ? 0 : tokens;
        addFinishReason(Json.text(result, "completionReason"), call);
      }
      call.outputTokens = outputTokens;
    }
  }

  private static void addFinishReason(String reason, GenAiCall call) {
    if (reason != null) {
      call.finishReasons.add(reason);
      if ("CONTENT_FILTERED".equals(reason) || "content_filtered".equals(reason)) {
        call.providerRefusal = reason;
      }
    }
  }

  @Override
  public void readError(JsonNode error, GenAiCall call) {
    call.providerErrorType = BedrockConverseParser.awsErrorType(error);
  }
}

package io.driftwatch.genai.providers.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.providers.PromptTemplates;
import io.driftwatch.genai.providers.ProviderParser;
import io.driftwatch.genai.providers.StructuredOutputs;
import io.driftwatch.genai.providers.ToolCall;
import java.util.Set;

/**
 * Amazon Bedrock Converse ({@code /model/{modelId}/converse}): the model is in the path, the
 * settings in {@code inferenceConfig}, the answer in {@code output.message.content}. The body names
 * no response id or served model.
 */
public final class BedrockConverseParser implements ProviderParser {

  /** Stop reasons that mean a guardrail or filter withheld the answer. */
  private static final Set<String> WITHHELD = Set.of("guardrail_intervened", "content_filtered");

  private final boolean streamed;

public   BedrockConverseParser(boolean streamed) {
    this.streamed = streamed;
  }

  @Override
  public void readRequest(JsonNode request, GenAiCall call) {
    call.stream = streamed;
    JsonNode inference = Json.object(request, "inferenceConfig");
    if (inference != null) {
      call.maxTokens = Json.whole(inference, "maxTokens");
      call.temperature = Json.decimal(inference, "temperature");
      call.topP = Json.decimal(inference, "topP");
      call.stopSequences = Json.texts(inference, "stopSequences");
    }
    JsonNode tools = request.path("toolConfig").get("tools");
    call.structuredOutput = StructuredOutputs.of(null, format -> null, tools,
        tool -> Json.text(tool.path("toolSpec"), "name"), tool -> tool.path("toolSpec").path("inputSchema").get("json"));
    StringBuilder template = new StringBuilder();
    PromptTemplates.appendText(request.get("system"), template);
    PromptTemplates.appendTools(tools, template);
    call.promptTemplate = PromptTemplates.orNull(template);
  }

  @Override
  public void readResponse(JsonNode response, GenAiCall call) {
    String stopReason = Json.text(response, "stopReason");
    if (stopReason != null) {
      call.finishReasons.add(stopReason);
      if (WITHHELD.contains(stopReason)) {
        call.providerRefusal = stopReason;
      }
    }
    JsonNode content = response.path("output").path("message").get("content");
    if (content != null && content.isArray()) {
      for (JsonNode block : content) {
        String text = Json.text(block, "text");
        if (text != null) {
          call.output.append(text);
        }
        JsonNode toolUse = Json.object(block, "toolUse");
        if (toolUse != null) {
          JsonNode input = toolUse.get("input");
          call.toolCalls.add(new ToolCall(Json.text(toolUse, "toolUseId"), Json.text(toolUse, "name"),
              input == null ? null : input.toString()));
        }
      }
    }
    JsonNode usage = Json.object(response, "usage");
    if (usage != null) {
      call.cacheReadInputTokens = Json.whole(usage, "cacheReadInputTokens");
      call.cacheCreationInputTokens = Json.whole(usage, "cacheWriteInputTokens");
      // The conventions count cached tokens as input; Bedrock reports them apart.
      call.inputTokens = Json.sum(Json.sum(Json.whole(usage, "inputTokens"), call.cacheReadInputTokens),
          call.cacheCreationInputTokens);
      call.outputTokens = Json.whole(usage, "outputTokens");
    }
  }

  @Override
  public void readError(JsonNode error, GenAiCall call) {
    call.providerErrorType = awsErrorType(error);
  }

  /** {@code ThrottlingException} from an AWS JSON error's {@code "__type": "com.amazon.bedrock#ThrottlingException"}. */
  static String awsErrorType(JsonNode error) {
    String type = Json.text(error, "__type");
    if (type == null) {
      return null;
    }
    int hash = type.lastIndexOf('#');
    return hash >= 0 ? type.substring(hash + 1) : type;
  }
}

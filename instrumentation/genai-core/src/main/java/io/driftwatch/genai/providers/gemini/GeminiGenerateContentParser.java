package io.driftwatch.genai.providers.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.providers.PromptTemplates;
import io.driftwatch.genai.providers.ProviderParser;
import io.driftwatch.genai.providers.ProviderParsers;
import io.driftwatch.genai.providers.StructuredOutputRequest;
import io.driftwatch.genai.providers.StructuredOutputs;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gemini and Vertex AI {@code models/{model}:generateContent} (and {@code :streamGenerateContent}).
 * The request body names no model: the endpoint's path model fills it in (see {@link ProviderParsers#forEndpoint}).
 */
public final class GeminiGenerateContentParser implements ProviderParser {

  private static final String JSON_MIME_TYPE = "application/json";

  private final boolean streamed;

public   GeminiGenerateContentParser(boolean streamed) {
    this.streamed = streamed;
  }

  @Override
  public void readRequest(JsonNode request, GenAiCall call) {
    call.requestModel = modelName(Json.text(request, "model"));
    call.stream = streamed;
    JsonNode config = ProtoJson.object(request, "generationConfig");
    if (config != null) {
      readGenerationConfig(config, call);
    }
    JsonNode tools = ProtoJson.get(request, "tools");
    call.structuredOutput = structuredOutput(config, tools);
    StringBuilder template = new StringBuilder();
    JsonNode systemInstruction = ProtoJson.get(request, "systemInstruction");
    if (systemInstruction != null) {
      PromptTemplates.appendText(systemInstruction.isObject() ? systemInstruction.get("parts") : systemInstruction,
          template);
    }
    PromptTemplates.appendTools(tools, template);
    call.promptTemplate = PromptTemplates.orNull(template);
  }

  private static void readGenerationConfig(JsonNode config, GenAiCall call) {
    call.maxTokens = ProtoJson.whole(config, "maxOutputTokens");
    call.temperature = ProtoJson.decimal(config, "temperature");
    call.topP = ProtoJson.decimal(config, "topP");
    call.topK = ProtoJson.whole(config, "topK");
    call.presencePenalty = ProtoJson.decimal(config, "presencePenalty");
    call.frequencyPenalty = ProtoJson.decimal(config, "frequencyPenalty");
    call.seed = ProtoJson.whole(config, "seed");
    call.choiceCount = ProtoJson.whole(config, "candidateCount");
    call.stopSequences = ProtoJson.texts(config, "stopSequences");
    String mimeType = ProtoJson.text(config, "responseMimeType");
    if (mimeType != null) {
      call.outputType = JSON_MIME_TYPE.equals(mimeType) ? "json" : "text";
    }
  }

  /** A JSON answer (with the request's schema) and/or function declarations with parameter schemas. */
  private static StructuredOutputRequest structuredOutput(JsonNode config, JsonNode tools) {
    boolean jsonAnswer = config != null && JSON_MIME_TYPE.equals(ProtoJson.text(config, "responseMimeType"));
    JsonNode schema = null;
    if (jsonAnswer) {
      schema = StructuredOutputs.objectOrNull(ProtoJson.get(config, "responseJsonSchema"));
      if (schema == null) {
        schema = OpenApiSchemas.toJsonSchema(ProtoJson.get(config, "responseSchema"));
      }
    }
    Map<String, JsonNode> toolSchemas = new LinkedHashMap<>();
    if (tools != null && tools.isArray()) {
      for (JsonNode tool : tools) {
        JsonNode declarations = ProtoJson.get(tool, "functionDeclarations");
        if (declarations == null || !declarations.isArray()) {
          continue; // googleSearch, codeExecution, ...: no schema to check calls against
        }
        for (JsonNode declaration : declarations) {
          String name = Json.text(declaration, "name");
          JsonNode parameters = StructuredOutputs.objectOrNull(ProtoJson.get(declaration, "parametersJsonSchema"));
          if (parameters == null) {
            parameters = OpenApiSchemas.toJsonSchema(ProtoJson.get(declaration, "parameters"));
          }
          if (name != null) {
            toolSchemas.put(name, StructuredOutputs.schemaOrAny(parameters));
          }
        }
      }
    }
    StructuredOutputRequest request = new StructuredOutputRequest(jsonAnswer, schema, Map.copyOf(toolSchemas));
    return request.asksForAnything() ? request : null;
  }

  @Override
  public void readResponse(JsonNode response, GenAiCall call) {
    GeminiResponses.readEnvelope(response, call);
    for (JsonNode candidate : response.path("candidates")) {
      GeminiResponses.readParts(candidate, call);
      String reason = GeminiResponses.finishReason(candidate, call);
      if (reason != null) {
        call.finishReasons.add(reason);
      }
    }
  }

  @Override
  public void readError(JsonNode error, GenAiCall call) {
    GeminiResponses.readError(error, call);
  }

  /** {@code gemini-2.0-flash} from {@code models/gemini-2.0-flash}; null stays null. */
  static String modelName(String model) {
    if (model == null) {
      return null;
    }
    int slash = model.lastIndexOf('/');
    return slash >= 0 ? model.substring(slash + 1) : model;
  }
}

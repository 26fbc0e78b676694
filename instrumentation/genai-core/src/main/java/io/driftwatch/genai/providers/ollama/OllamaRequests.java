package io.driftwatch.genai.providers.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Json;
import io.driftwatch.genai.providers.StructuredOutputRequest;
import io.driftwatch.genai.providers.StructuredOutputs;
import java.util.Map;

/** What Ollama's {@code /api/chat} and {@code /api/generate} requests share: model, options, format, stream. */
final class OllamaRequests {

  private OllamaRequests() {}

  static void read(JsonNode request, GenAiCall call) {
    call.requestModel = Json.text(request, "model");
    // Ollama streams unless the request says "stream": false.
    Boolean stream = Json.bool(request, "stream");
    call.stream = stream == null || stream;
    JsonNode options = Json.object(request, "options");
    if (options != null) {
      Long numPredict = Json.whole(options, "num_predict");
      call.maxTokens = numPredict != null && numPredict >= 0 ? numPredict : null; // -1: no limit
      call.temperature = Json.decimal(options, "temperature");
      call.topP = Json.decimal(options, "top_p");
      call.topK = Json.whole(options, "top_k");
      call.seed = Json.whole(options, "seed");
      call.stopSequences = Json.texts(options, "stop");
      call.frequencyPenalty = Json.decimal(options, "frequency_penalty");
      call.presencePenalty = Json.decimal(options, "presence_penalty");
    }
    JsonNode format = request.get("format");
    boolean jsonAnswer = format != null && ("json".equals(format.asText()) || format.isObject());
    call.outputType = jsonAnswer ? "json" : null;
    StructuredOutputRequest tools = StructuredOutputs.of(null, f -> null, request.get("tools"),
        tool -> Json.text(functionOf(tool), "name"), tool -> functionOf(tool).get("parameters"));
    Map<String, JsonNode> toolSchemas = tools == null ? Map.of() : tools.toolSchemas();
    StructuredOutputRequest asked = new StructuredOutputRequest(jsonAnswer,
        format != null && format.isObject() ? format : null, toolSchemas);
    call.structuredOutput = asked.asksForAnything() ? asked : null;
  }

  /** Ollama's tools are OpenAI-shaped: {@code {"type": "function", "function": {...}}}. */
  private static JsonNode functionOf(JsonNode tool) {
    JsonNode function = Json.object(tool, "function");
    return function != null ? function : tool;
  }
}

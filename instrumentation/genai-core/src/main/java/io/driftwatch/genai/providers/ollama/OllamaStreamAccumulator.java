package io.driftwatch.genai.providers.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.EndMarker;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.ProviderParser;
import io.driftwatch.genai.providers.TreeStreamAccumulator;

/**
 * Ollama NDJSON streams ({@code /api/chat}, {@code /api/generate}): each line has the shape of a
 * whole answer holding the next piece, and the last line ({@code "done": true}) carries the done
 * reason and token counts, so the format's own parser reads every line.
 */
public final class OllamaStreamAccumulator extends TreeStreamAccumulator implements EndMarker {

  private final ProviderParser parser;
  private boolean done;

  OllamaStreamAccumulator(ProviderParser parser) {
    this.parser = parser;
  }

  @Override
  public boolean onEvent(String eventType, JsonNode event, GenAiCall call) {
    parser.readResponse(event, call);
    done |= event.path("done").asBoolean(false);
    JsonNode message = event.path("message");
    return hasText(message, "content") || hasText(message, "thinking") || !message.path("tool_calls").isEmpty()
        || hasText(event, "response") || hasText(event, "thinking");
  }

  private static boolean hasText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && !value.asText().isEmpty();
  }

  @Override
  public boolean endSeen() {
    return done;
  }
}

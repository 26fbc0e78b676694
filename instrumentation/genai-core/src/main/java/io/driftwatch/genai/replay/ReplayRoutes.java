package io.driftwatch.genai.replay;

import java.util.Map;

/**
 * Where and how a recorded call of each API format is sent again: the path under the replay
 * endpoint, the header that carries the API key, and any header the API requires. Formats not
 * listed (embeddings, Bedrock's signed requests) are not kept in a replay set.
 */
public final class ReplayRoutes {

  /** @param pathTemplate {@code {model}} stands for the (possibly swapped) model */
  public record Route(String pathTemplate, String keyHeader, String keyPrefix, Map<String, String> requiredHeaders) {

    public String path(String model) {
      return pathTemplate.replace("{model}", model);
    }

    /** Gemini names the model in the path; the others in the body. */
    public boolean modelInPath() {
      return pathTemplate.contains("{model}");
    }
  }

  private static final String BEARER = "Bearer ";
  private static final Route OPENAI_CHAT = new Route("/v1/chat/completions", "authorization", BEARER, Map.of());

  private static final Map<String, Route> ROUTES = Map.of(
      "OPENAI_CHAT", OPENAI_CHAT,
      "OPENAI_RESPONSES", new Route("/v1/responses", "authorization", BEARER, Map.of()),
      "OPENAI_COMPLETIONS", new Route("/v1/completions", "authorization", BEARER, Map.of()),
      "ANTHROPIC_MESSAGES", new Route("/v1/messages", "x-api-key", "", Map.of("anthropic-version", "2023-06-01")),
      "GEMINI_GENERATE_CONTENT", new Route("/v1beta/models/{model}:generateContent", "x-goog-api-key", "", Map.of()),
      "GEMINI_STREAM_GENERATE_CONTENT",
      new Route("/v1beta/models/{model}:streamGenerateContent?alt=sse", "x-goog-api-key", "", Map.of()),
      "OLLAMA_CHAT", new Route("/api/chat", null, "", Map.of()),
      "OLLAMA_GENERATE", new Route("/api/generate", null, "", Map.of()));

  private ReplayRoutes() {}

  /** @return the route, or null when calls of this format are not replayed */
  public static Route forFormat(String formatName) {
    return formatName == null ? null : ROUTES.get(formatName);
  }
}

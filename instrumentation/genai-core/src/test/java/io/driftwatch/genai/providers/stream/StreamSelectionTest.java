package io.driftwatch.genai.providers.stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.driftwatch.genai.exchange.ApiFormat;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.providers.anthropic.AnthropicFormat;
import io.driftwatch.genai.providers.gemini.GeminiFormat;
import io.driftwatch.genai.providers.ollama.OllamaFormat;
import io.driftwatch.genai.providers.openai.OpenAiFormat;
import org.junit.jupiter.api.Test;

/** The response's content type picks the framing; a format that never sends that framing gets no observer. */
class StreamSelectionTest {

  private static StreamObserver observe(ApiFormat format, String contentType) {
    return StreamObserver.forResponse(new LlmEndpoint("p", format), contentType, System.nanoTime());
  }

  @Test
  void ndjsonIsObservedForOllamaChatAndGenerate() {
    assertNotNull(observe(OllamaFormat.OLLAMA_CHAT, "application/x-ndjson"));
    assertNotNull(observe(OllamaFormat.OLLAMA_GENERATE, "application/x-ndjson; charset=utf-8"));
    assertNotNull(observe(OllamaFormat.OLLAMA_CHAT, "Application/X-NDJSON"));
  }

  @Test
  void eventStreamsAreObservedForGeminiAndTheExistingFormats() {
    assertNotNull(observe(GeminiFormat.GEMINI_STREAM_GENERATE_CONTENT, "text/event-stream"));
    assertNotNull(observe(GeminiFormat.GEMINI_GENERATE_CONTENT, "text/event-stream; charset=utf-8"));
    assertNotNull(observe(OpenAiFormat.OPENAI_CHAT, "text/event-stream"));
    assertNotNull(observe(AnthropicFormat.ANTHROPIC_MESSAGES, "TEXT/EVENT-STREAM"));
  }

  @Test
  void aFramingTheFormatDoesNotUseIsNotObserved() {
    assertNull(observe(OpenAiFormat.OPENAI_CHAT, "application/x-ndjson"));
    assertNull(observe(OllamaFormat.OLLAMA_CHAT, "text/event-stream"));
    assertNull(observe(OllamaFormat.OLLAMA_EMBED, "application/x-ndjson"));
    assertNull(observe(GeminiFormat.GEMINI_EMBED_CONTENT, "text/event-stream"));
  }

  @Test
  void wholeBodiesAndMissingContentTypesAreNotStreams() {
    assertNull(observe(OllamaFormat.OLLAMA_CHAT, "application/json; charset=utf-8"));
    assertNull(observe(GeminiFormat.GEMINI_STREAM_GENERATE_CONTENT, "application/json"));
    assertNull(observe(OpenAiFormat.OPENAI_CHAT, null));
  }
}

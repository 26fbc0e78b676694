package io.driftwatch.genai.providers.stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.providers.WireFormat;
import org.junit.jupiter.api.Test;

/** The response's content type picks the framing; a format that never sends that framing gets no observer. */
class StreamSelectionTest {

  private static StreamObserver observe(WireFormat format, String contentType) {
    return StreamObserver.forResponse(new LlmEndpoint("p", format), contentType, System.nanoTime());
  }

  @Test
  void ndjsonIsObservedForOllamaChatAndGenerate() {
    assertNotNull(observe(WireFormat.OLLAMA_CHAT, "application/x-ndjson"));
    assertNotNull(observe(WireFormat.OLLAMA_GENERATE, "application/x-ndjson; charset=utf-8"));
    assertNotNull(observe(WireFormat.OLLAMA_CHAT, "Application/X-NDJSON"));
  }

  @Test
  void eventStreamsAreObservedForGeminiAndTheExistingFormats() {
    assertNotNull(observe(WireFormat.GEMINI_STREAM_GENERATE_CONTENT, "text/event-stream"));
    assertNotNull(observe(WireFormat.GEMINI_GENERATE_CONTENT, "text/event-stream; charset=utf-8"));
    assertNotNull(observe(WireFormat.OPENAI_CHAT, "text/event-stream"));
    assertNotNull(observe(WireFormat.ANTHROPIC_MESSAGES, "TEXT/EVENT-STREAM"));
  }

  @Test
  void aFramingTheFormatDoesNotUseIsNotObserved() {
    assertNull(observe(WireFormat.OPENAI_CHAT, "application/x-ndjson"));
    assertNull(observe(WireFormat.OLLAMA_CHAT, "text/event-stream"));
    assertNull(observe(WireFormat.OLLAMA_EMBED, "application/x-ndjson"));
    assertNull(observe(WireFormat.GEMINI_EMBED_CONTENT, "text/event-stream"));
  }

  @Test
  void wholeBodiesAndMissingContentTypesAreNotStreams() {
    assertNull(observe(WireFormat.OLLAMA_CHAT, "application/json; charset=utf-8"));
    assertNull(observe(WireFormat.GEMINI_STREAM_GENERATE_CONTENT, "application/json"));
    assertNull(observe(WireFormat.OPENAI_CHAT, null));
  }
}

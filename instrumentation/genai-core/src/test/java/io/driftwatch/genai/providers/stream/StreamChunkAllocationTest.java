package io.driftwatch.genai.providers.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.providers.anthropic.AnthropicFormat;
import io.driftwatch.genai.providers.openai.OpenAiFormat;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What a content chunk costs the reading thread in allocation, measured on this thread: after the
 * stream's first events (id and model kept, buffers sized, and the kept answer text filled to its
 * bound, so its growth - the copy of the bytes - is not counted), a chunk allocates nothing.
 */
class StreamChunkAllocationTest {

  private static final int CHUNKS = 2_000;
  /** Well below one byte per chunk: the answer text's growth, amortised, is all that may remain. */
  private static final double MAX_BYTES_PER_CHUNK = 1.0;
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** More than the kept answer text holds. */
  private static final String LONG_TEXT = "a".repeat(300_000);

  @Test
  void anOpenAiChatContentChunkAllocatesNothing() {
    LlmEndpoint chat = new LlmEndpoint("openai", OpenAiFormat.OPENAI_CHAT, null);
    String chunk = "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1763990400,"
        + "\"model\":\"gpt-4o-mini\",\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,"
        + "\"delta\":{\"content\":\"w\\u00e9rd \\\"x\\\"\"},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n";
    String fill = "data: {\"choices\":[{\"delta\":{\"content\":\"" + LONG_TEXT + "\"}}]}\n\n";
    double perChunk = bytesPerChunk(chat, fill, chunk);
    assertTrue(perChunk < MAX_BYTES_PER_CHUNK, perChunk + " bytes per chunk");
  }

  @Test
  void anAnthropicTextDeltaAllocatesNothing() {
    LlmEndpoint messages = new LlmEndpoint("anthropic", AnthropicFormat.ANTHROPIC_MESSAGES, null);
    String chunk = "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
        + "\"delta\":{\"type\":\"text_delta\",\"text\":\"w\\u00e9rd \\n\"}}\n\n";
    String fill = "event: content_block_delta\ndata: {\"delta\":{\"text\":\"" + LONG_TEXT + "\"}}\n\n";
    double perChunk = bytesPerChunk(messages, fill, chunk);
    assertTrue(perChunk < MAX_BYTES_PER_CHUNK, perChunk + " bytes per chunk");
  }

  @Test
  void onAnEventLoopAChunkCostsItsCopyAndItsPlaceInTheQueue() {
    LlmEndpoint chat = new LlmEndpoint("openai", OpenAiFormat.OPENAI_CHAT, null);
    byte[] chunk = ("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"word\"},\"finish_reason\":null}]}\n\n")
        .getBytes(StandardCharsets.UTF_8);
    int eventBytes = chunk.length - "data: \n\n".length();
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 30; round++) {
      StreamObserver observer = StreamObserver.forResponse(chat, "text/event-stream", System.nanoTime());
      observer.deferFolding();
      observer.onBytes(chunk, 0, chunk.length);
      long before = THREADS.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < CHUNKS; i++) {
        observer.onBytes(chunk, 0, chunk.length);
      }
      best = Math.min(best, THREADS.getCurrentThreadAllocatedBytes() - before);
      assertEquals(0, observer.timings().chunks(), "folded later, not here");
    }
    double beyondCopy = (double) best / CHUNKS - eventBytes;
    // the queue's per-event arrays double: about 2 x 28 bytes per event, amortised, plus block tails
    assertTrue(beyondCopy < 80, beyondCopy + " bytes per chunk beyond the copy");
  }

  private static double bytesPerChunk(LlmEndpoint endpoint, String fillText, String chunkText) {
    byte[] fill = fillText.getBytes(StandardCharsets.UTF_8);
    byte[] chunk = chunkText.getBytes(StandardCharsets.UTF_8);
    ByteBuffer direct = ByteBuffer.allocateDirect(chunk.length).put(chunk).flip();
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 30; round++) { // the best round: the JIT has compiled the path, no one else allocated
      StreamObserver observer = StreamObserver.forResponse(endpoint, "text/event-stream", System.nanoTime());
      observer.onBytes(fill, 0, fill.length);
      for (int i = 0; i < 10; i++) { // first events: id and model kept, buffers sized
        observer.onBytes(chunk, 0, chunk.length);
        observer.onBytes(direct);
      }
      long before = THREADS.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < CHUNKS; i++) {
        if (i % 2 == 0) {
          observer.onBytes(chunk, 0, chunk.length);
        } else {
          observer.onBytes(direct); // as a Netty event loop hands them over
        }
      }
      long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
      best = Math.min(best, allocated);
      assertEquals(CHUNKS + 21, observer.timings().chunks());
      assertEquals(0, observer.malformedEvents());
    }
    return (double) best / CHUNKS;
  }
}

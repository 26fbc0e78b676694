package io.driftwatch.benchmarks.analyzer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An OpenAI Chat Completions call with structured output (a JSON schema in {@code response_format}),
 * as the bytes the analyzer sees: the request body and the response body. The files have the shape of
 * OpenAI's answers (same fields and order); they were generated, not captured from the live API.
 */
public enum RecordedAnswer {
  CHAT_1KB("structured-output-request.json", "chat-completion-1kb.json", "application/json"),
  CHAT_50KB("structured-output-request.json", "chat-completion-50kb.json", "application/json"),
  STREAM_200_CHUNKS("structured-output-stream-request.json", "chat-stream-200-chunks.sse",
      "text/event-stream; charset=utf-8");

  private final String requestFile;
  private final String responseFile;
  private final String contentType;

  RecordedAnswer(String requestFile, String responseFile, String contentType) {
    this.requestFile = requestFile;
    this.responseFile = responseFile;
    this.contentType = contentType;
  }

  public byte[] requestBody() {
    return read(requestFile);
  }

  public byte[] responseBody() {
    return read(responseFile);
  }

  public String contentType() {
    return contentType;
  }

  public boolean streamed() {
    return contentType.startsWith("text/event-stream");
  }

  /** The JSON documents in the body: the body itself, or each stream event's data (without [DONE]). */
  public List<byte[]> jsonDocuments() {
    byte[] body = responseBody();
    if (!streamed()) {
      return List.of(body);
    }
    List<byte[]> documents = new ArrayList<>();
    for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
      if (line.startsWith("data: ") && !line.equals("data: [DONE]")) {
        documents.add(line.substring("data: ".length()).getBytes(StandardCharsets.UTF_8));
      }
    }
    return documents;
  }

  private static byte[] read(String file) {
    try (InputStream in = RecordedAnswer.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark resource " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

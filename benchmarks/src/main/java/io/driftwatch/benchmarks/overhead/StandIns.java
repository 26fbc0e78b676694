package io.driftwatch.benchmarks.overhead;

import io.driftwatch.samples.standin.ProviderStandIn;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.StringJoiner;

/**
 * Three provider stand-ins on loopback, one per answer shape: a ~1 KB chat completion, a ~50 KB one,
 * and a stream of 200 chunks (a role chunk, 198 one-word chunks, a finish chunk).
 */
final class StandIns implements AutoCloseable {

  static final int SMALL_BODY_BYTES = 1024;
  static final int LARGE_BODY_BYTES = 50 * 1024;
  static final int STREAM_WORDS = BenchmarkApp.STREAM_CHUNKS - 2;

  static {
    // The JDK HTTP server writes a response's head and body separately; without TCP_NODELAY, Nagle's
    // algorithm and the client's delayed ACK add ~40 ms to every call on loopback and hide everything else.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final ProviderStandIn small = ProviderStandIn.start();
  private final ProviderStandIn large = ProviderStandIn.start();
  private final ProviderStandIn streamed = ProviderStandIn.start();
  private String smallText;
  private String largeText;

  /** Starts them and sizes the answers by asking once: body = envelope + text. */
  static StandIns start() throws IOException, InterruptedException {
    StandIns standIns = new StandIns();
    standIns.small.setCompletionText("x");
    int envelope = standIns.bodyBytes(standIns.small) - 1;
    standIns.smallText = words(SMALL_BODY_BYTES - envelope);
    standIns.largeText = words(LARGE_BODY_BYTES - envelope);
    standIns.forgetRequests();
    return standIns;
  }

  /** Drops what the stand-ins recorded (it grows with every call) and restores the answer texts. */
  void forgetRequests() {
    for (ProviderStandIn standIn : new ProviderStandIn[] {small, large, streamed}) {
      standIn.reset();
    }
    small.setCompletionText(smallText);
    large.setCompletionText(largeText);
    streamed.setCompletionText(wordCount(STREAM_WORDS));
  }

  String smallUrl() {
    return small.baseUrl();
  }

  String largeUrl() {
    return large.baseUrl();
  }

  String streamUrl() {
    return streamed.baseUrl();
  }

  /** The body sizes the stand-ins serve, measured by asking each once. */
  String describe() throws IOException, InterruptedException {
    String text = "non-streamed answers of " + bodyBytes(small) + " and " + bodyBytes(large)
        + " bytes; streamed answers of " + BenchmarkApp.STREAM_CHUNKS + " chunks";
    forgetRequests();
    return text;
  }

  private int bodyBytes(ProviderStandIn standIn) throws IOException, InterruptedException {
    String question = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    HttpRequest request = HttpRequest.newBuilder(URI.create(standIn.baseUrl() + "/v1/chat/completions"))
        .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(question)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray()).body().length;
  }

  /** Plain words, exactly {@code length} characters. */
  private static String words(int length) {
    StringBuilder text = new StringBuilder(length);
    String[] vocabulary = {"the", "rollback", "restored", "checkout", "latency", "after", "queue", "drained"};
    for (int i = 0; text.length() < length; i++) {
      text.append(vocabulary[i % vocabulary.length]).append(' ');
    }
    text.setLength(length);
    return text.toString();
  }

  private static String wordCount(int count) {
    StringJoiner text = new StringJoiner(" ");
    for (int i = 0; i < count; i++) {
      text.add("word" + i);
    }
    return text.toString();
  }

  @Override
  public void close() {
    small.close();
    large.close();
    streamed.close();
  }
}

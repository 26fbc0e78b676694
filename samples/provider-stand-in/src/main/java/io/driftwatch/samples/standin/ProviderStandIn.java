package io.driftwatch.samples.standin;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A local HTTP server that answers like OpenAI (Chat Completions, Responses, embeddings),
 * Anthropic (Messages), Gemini (generateContent, streamGenerateContent) and Ollama (/api/chat,
 * /api/generate) without ever calling a real provider. Tests point an SDK's base URL at
 * {@link #baseUrl()}, queue odd answers with {@link #enqueue}, and read back {@link #requests()}.
 */
public final class ProviderStandIn implements AutoCloseable {

  private static final String LOOPBACK = "127.0.0.1";
  private static final AtomicInteger THREAD_NUMBERS = new AtomicInteger();

  private final HttpServer server;
  private final ExecutorService workers;
  private final StandInSettings settings = new StandInSettings();
  private final CannedResponseQueue queue = new CannedResponseQueue();
  private final List<RecordedRequest> received = new CopyOnWriteArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();

  private ProviderStandIn(HttpServer server) {
    this.server = server;
    // One thread per exchange, so a slow chunked answer never holds up the next request.
    this.workers = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "provider-stand-in-" + THREAD_NUMBERS.incrementAndGet());
      thread.setDaemon(true); // a test that forgets close() must not keep the JVM alive
      return thread;
    });
    server.createContext("/", new StandInHandler(received, queue, new DefaultReplies(settings)));
    server.setExecutor(workers);
    server.start();
  }

  /** Starts on 127.0.0.1 with a free port chosen by the OS. */
  public static ProviderStandIn start() {
    return start(0);
  }

  public static ProviderStandIn start(int port) {
    try {
      InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(LOOPBACK), port);
      return new ProviderStandIn(HttpServer.create(address, 0));
    } catch (IOException e) {
      throw new UncheckedIOException("provider stand-in cannot listen on port " + port, e);
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** "http://127.0.0.1:PORT"; OpenAI clients want "/v1" appended, Anthropic clients do not. */
  public String baseUrl() {
    return "http://" + LOOPBACK + ":" + port();
  }

  /** The next request, whatever its path, gets this answer instead of the default. */
  public void enqueue(CannedResponse response) {
    queue.add(response);
  }

  /**
   * When nothing is queued, each request's answer is planned from the request itself (null from the
   * planner: the default answer); {@link #reset()} removes the planner.
   */
  public void answerEach(Function<RecordedRequest, CannedResponse> planner) {
    queue.plan(planner);
  }

  /** Served "model" = requested model + suffix, to imitate a provider resolving an alias. */
  public void setServedModelSuffix(String suffix) {
    settings.servedModelSuffix(suffix);
  }

  /** The text every default successful answer gives, whole or streamed a word at a time. */
  public void setCompletionText(String text) {
    settings.completionText(text);
  }

  /** Every request received so far, oldest first. */
  public List<RecordedRequest> requests() {
    return List.copyOf(received);
  }

  /** Back to the just-started state: nothing queued, nothing recorded, default settings. */
  public void reset() {
    queue.clear();
    received.clear();
    settings.reset();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.stop(0);
      workers.shutdownNow();
    }
  }

  @Override
  public String toString() {
    return "ProviderStandIn[" + baseUrl() + "]";
  }
}

package io.driftwatch.genai.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.genai.util.DropCounter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Writes sampled calls to the replay set on a daemon thread of its own: the analyzer only offers a
 * call to a bounded queue. Redaction, encoding and the disk all happen here; a full queue, a full
 * set, a full disk or a folder that cannot be written drops the call and counts it.
 */
public final class ReplaySetWriter {

  static final int QUEUE_CAPACITY = 256;
  static final String QUEUE_FULL = "replay_queue_full";
  static final String SET_FULL = "replay_set_full";
  static final String LINE_TOO_LARGE = "replay_line_too_large";
  static final String WRITE_FAILED = "replay_write_failed";

  /** A call as the analyzer hands it over: raw, redacted only on the writer's thread. */
  record SampledCall(long epochMillis, String provider, String format, String operation, String model,
      String responseModel, String promptVersion, byte[] requestBody, String answer, boolean answerComplete,
      boolean refusal, Boolean formatCompliant, long outputLength) {}

  private final ObjectMapper json = new ObjectMapper();
  private final BlockingQueue<SampledCall> queue;
  private final ReplaySetStore store;
  private final RequestRedaction redaction;
  private final DropCounter drops;
  private final Path directory;
  private final Thread worker;
  private volatile boolean running = true;

  public ReplaySetWriter(Path directory, long maxBytes, int perKey, RequestRedaction redaction, DropCounter drops) {
    this(directory, maxBytes, perKey, redaction, drops, QUEUE_CAPACITY);
  }

  ReplaySetWriter(Path directory, long maxBytes, int perKey, RequestRedaction redaction, DropCounter drops,
      int queueCapacity) {
    this.directory = directory;
    this.store = new ReplaySetStore(directory, maxBytes, perKey);
    this.redaction = redaction;
    this.drops = drops;
    this.queue = new ArrayBlockingQueue<>(queueCapacity);
    this.worker = new Thread(this::drain, "driftwatch-replay-writer");
    this.worker.setDaemon(true);
  }

  public ReplaySetWriter start() {
    worker.start();
    return this;
  }

  /** Never blocks: a full queue drops the call. */
  void offer(SampledCall call) {
    if (!queue.offer(call)) {
      drops.count(QUEUE_FULL, "replay set writer behind; dropping sampled calls until it catches up");
    }
  }

  /** Writes what is queued, then stops; waits at most {@code timeoutMillis}. */
  public void shutdown(long timeoutMillis) {
    running = false;
    try {
      worker.join(timeoutMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void drain() {
    while (running || !queue.isEmpty()) {
      SampledCall call;
      try {
        call = queue.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (call != null) {
        write(call);
      }
    }
  }

  /** Writes one call now, on the calling thread; visible for tests that run without the worker. */
  void write(SampledCall call) {
    try {
      ReplayCase replayCase = caseOf(call);
      ReplaySetStore.Refusal refusal = store.append(replayCase.key(), ReplayLines.encode(replayCase));
      if (refusal == ReplaySetStore.Refusal.SET_FULL) {
        drops.count(SET_FULL, "replay set in " + directory + " is at its size cap; new calls are not kept");
      } else if (refusal == ReplaySetStore.Refusal.LINE_TOO_LARGE) {
        drops.count(LINE_TOO_LARGE, "a sampled call is too large for the replay set's size cap; not kept");
      }
    } catch (IOException | RuntimeException e) {
      drops.count(WRITE_FAILED, "cannot write the replay set in " + directory + ": " + e);
    }
  }

  private ReplayCase caseOf(SampledCall call) throws IOException {
    JsonNode request = redaction.redact(json.readTree(call.requestBody()));
    return new ReplayCase(Instant.ofEpochMilli(call.epochMillis()).toString(), call.provider(), call.format(),
        call.operation(), call.model(), call.responseModel(), call.promptVersion(), request,
        redaction.redact(call.answer()), call.answerComplete(), call.refusal(), call.formatCompliant(),
        call.outputLength(), null);
  }
}

package io.driftwatch.agent;

import io.driftwatch.genai.util.DropCounter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Lets at most {@code maxInFlight} exports of one signal reach the SDK's exporter at a time. A
 * slow or silent collector otherwise piles up exports until the sender's thread pool rejects
 * them; here later exports wait in a bounded queue, and when it is full the oldest waiting export
 * is failed and counted in {@code driftwatch.agent.dropped}. Every export's result completes.
 */
final class ExportGate {

  static final String DROP_REASON = "export_queue_full";

  private final String signal;
  private final int maxInFlight;
  private final int maxWaiting;
  private final DropCounter drops;
  private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
  private int inFlight;
  private boolean shutDown;
  private final List<CompletableResultCode> drainWaiters = new ArrayList<>();

  private record Waiting(Supplier<CompletableResultCode> export, CompletableResultCode result) {}

  ExportGate(String signal, int maxInFlight, int maxWaiting, DropCounter drops) {
    this.signal = signal;
    this.maxInFlight = maxInFlight;
    this.maxWaiting = maxWaiting;
    this.drops = drops;
  }

  /** @param export starts one export on the delegate exporter and returns its result */
  CompletableResultCode submit(Supplier<CompletableResultCode> export) {
    Waiting submitted = new Waiting(export, new CompletableResultCode());
    Waiting dropped = null;
    boolean startNow = false;
    synchronized (this) {
      if (shutDown) {
        return CompletableResultCode.ofFailure();
      }
      if (inFlight < maxInFlight) {
        inFlight++;
        startNow = true;
      } else {
        if (waiting.size() >= maxWaiting) {
          dropped = waiting.pollFirst();
        }
        waiting.addLast(submitted);
      }
    }
    if (dropped != null) {
      drop(dropped);
    }
    if (startNow) {
      start(submitted);
    }
    return submitted.result();
  }

  /**
   * Completes once no export is in flight: the exporter is shut down only then, since a sender may
   * cancel what is in flight when it stops (the OkHttp gRPC sender does). The exit budget bounds the wait.
   */
  CompletableResultCode drained() {
    CompletableResultCode result = new CompletableResultCode();
    synchronized (this) {
      if (inFlight > 0) {
        drainWaiters.add(result);
        return result;
      }
    }
    return result.succeed();
  }

  /** Fails every export still waiting; those in flight finish or time out in the exporter. */
  void shutdown() {
    ArrayDeque<Waiting> abandoned;
    synchronized (this) {
      shutDown = true;
      abandoned = new ArrayDeque<>(waiting);
      waiting.clear();
    }
    abandoned.forEach(this::drop);
  }

  synchronized int waiting() {
    return waiting.size();
  }

  private void drop(Waiting export) {
    drops.count(DROP_REASON, "the collector is slower than the export rate: a waiting " + signal
        + " export was dropped");
    export.result().fail();
  }

  private void start(Waiting export) {
    CompletableResultCode delegated;
    try {
      delegated = export.export().get();
    } catch (RuntimeException e) {
      delegated = CompletableResultCode.ofFailure();
    }
    CompletableResultCode outcome = delegated;
    outcome.whenComplete(() -> {
      if (outcome.isSuccess()) {
        export.result().succeed();
      } else {
        export.result().fail();
      }
      startNext();
    });
  }

  private void startNext() {
    Waiting next;
    List<CompletableResultCode> drained = null;
    synchronized (this) {
      next = waiting.pollFirst();
      if (next == null) {
        inFlight--;
        if (inFlight > 0 || drainWaiters.isEmpty()) {
          return;
        }
        drained = new ArrayList<>(drainWaiters);
        drainWaiters.clear();
      }
    }
    if (next == null) {
      drained.forEach(CompletableResultCode::succeed);
      return;
    }
    start(next);
  }
}

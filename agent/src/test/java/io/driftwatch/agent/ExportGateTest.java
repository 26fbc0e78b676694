package io.driftwatch.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.sdk.common.CompletableResultCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A collector slower than the export rate: exports wait, the oldest waiting one is dropped and counted. */
class ExportGateTest {

  private final List<String> drops = new ArrayList<>();
  private final List<CompletableResultCode> delegated = new ArrayList<>();
  private final ExportGate gate = new ExportGate("span", 2, 3, (reason, message) -> drops.add(reason));

  private CompletableResultCode submit() {
    return gate.submit(() -> {
      CompletableResultCode pending = new CompletableResultCode();
      delegated.add(pending);
      return pending;
    });
  }

  @Test
  void atMostTwoExportsReachTheExporterAndTheOldestWaitingIsDroppedWhenTheQueueIsFull() {
    List<CompletableResultCode> results = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      results.add(submit());
    }
    assertEquals(2, delegated.size(), "exports handed to the exporter at once");
    assertEquals(List.of("export_queue_full"), drops);
    assertTrue(results.get(2).isDone() && !results.get(2).isSuccess(), "the oldest waiting export was not failed");
    assertEquals(3, gate.waiting());

    delegated.get(0).succeed();
    assertTrue(results.get(0).isSuccess());
    assertEquals(3, delegated.size(), "a finished export lets the next waiting one start");
    assertFalse(results.get(3).isDone());
    delegated.get(2).fail();
    assertTrue(results.get(3).isDone() && !results.get(3).isSuccess());
  }

  @Test
  void shutdownFailsWaitingExportsAndRefusesNewOnes() {
    submit();
    submit();
    CompletableResultCode waiting = submit();
    gate.shutdown();
    assertTrue(waiting.isDone() && !waiting.isSuccess());
    CompletableResultCode late = submit();
    assertTrue(late.isDone() && !late.isSuccess());
    assertEquals(2, delegated.size());
  }

  @Test
  void drainedCompletesOnlyWhenTheExportsInFlightAreDone() {
    assertTrue(gate.drained().isSuccess(), "nothing in flight");
    submit();
    submit();
    gate.shutdown();
    CompletableResultCode drained = gate.drained();
    delegated.get(0).succeed();
    assertFalse(drained.isDone(), "one export is still in flight");
    delegated.get(1).fail();
    assertTrue(drained.isSuccess());
  }

  @Test
  void anExporterThatThrowsCountsAsAFailedExportAndFreesItsSlot() {
    CompletableResultCode failed = gate.submit(() -> {
      throw new IllegalStateException("broken exporter");
    });
    assertTrue(failed.isDone() && !failed.isSuccess());
    submit();
    submit();
    assertEquals(2, delegated.size());
  }
}

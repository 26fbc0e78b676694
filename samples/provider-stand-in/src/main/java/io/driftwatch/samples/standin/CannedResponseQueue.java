package io.driftwatch.samples.standin;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Function;

/** Canned answers waiting for requests, each served as many times as it asks. */
final class CannedResponseQueue {

  private final Deque<Pending> pending = new ArrayDeque<>();
  /** Plans an answer from the request itself when nothing is queued; null answers with the default. */
  private Function<RecordedRequest, CannedResponse> planner;

  synchronized void add(CannedResponse response) {
    pending.addLast(new Pending(response, response.times()));
  }

  synchronized void plan(Function<RecordedRequest, CannedResponse> planner) {
    this.planner = planner;
  }

  /** The answer for this request, or empty when the default should answer. */
  synchronized Optional<CannedResponse> next(RecordedRequest request) {
    Pending head = pending.peekFirst();
    if (head == null) {
      return planner == null ? Optional.empty() : Optional.ofNullable(planner.apply(request));
    }
    if (--head.remaining == 0) {
      pending.removeFirst();
    }
    return Optional.of(head.response);
  }

  synchronized void clear() {
    pending.clear();
    planner = null;
  }

  private static final class Pending {
    final CannedResponse response;
    int remaining;

    Pending(CannedResponse response, int remaining) {
      this.response = response;
      this.remaining = remaining;
    }
  }
}

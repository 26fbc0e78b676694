package io.driftwatch.samples.standin;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Canned answers waiting for requests, each served as many times as it asks. */
final class CannedResponseQueue {

  private final Deque<Pending> pending = new ArrayDeque<>();

  synchronized void add(CannedResponse response) {
    pending.addLast(new Pending(response, response.times()));
  }

  /** The answer for the next request, or empty when the default should answer. */
  synchronized Optional<CannedResponse> next() {
    Pending head = pending.peekFirst();
    if (head == null) {
      return Optional.empty();
    }
    if (--head.remaining == 0) {
      pending.removeFirst();
    }
    return Optional.of(head.response);
  }

  synchronized void clear() {
    pending.clear();
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

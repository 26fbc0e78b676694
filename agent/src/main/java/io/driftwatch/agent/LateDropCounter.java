package io.driftwatch.agent;

import io.driftwatch.genai.util.DropCounter;
import io.driftwatch.tooling.AgentLog;

/**
 * The exporters are built with the SDK, before the SDK's meter can count anything: they count
 * through this, which forwards to {@link AgentSelfMetrics} once it exists.
 */
final class LateDropCounter implements DropCounter {

  private volatile DropCounter target;

  void bind(DropCounter counter) {
    this.target = counter;
  }

  @Override
  public void count(String reason, String firstTimeMessage) {
    DropCounter counter = target;
    if (counter != null) {
      counter.count(reason, firstTimeMessage);
    } else {
      AgentLog.warnOnce("drop:" + reason, firstTimeMessage);
    }
  }
}

package io.driftwatch.agent;

import io.driftwatch.genai.emit.Catalogue;
import io.driftwatch.genai.emit.Instruments;
import io.driftwatch.genai.util.DropCounter;
import io.driftwatch.tooling.AgentLog;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;

/** Counts what the agent dropped, by reason, and logs the first occurrence of each reason. */
final class AgentSelfMetrics implements DropCounter {

  private final LongCounter dropped;

  AgentSelfMetrics(Meter meter) {
    this.dropped = Instruments.counter(meter, Catalogue.AGENT_DROPPED);
  }

  @Override
  public void count(String reason, String firstTimeMessage) {
    dropped.add(1, Attributes.of(Catalogue.DROP_REASON, reason));
    AgentLog.warnOnce("drop:" + reason, firstTimeMessage);
  }
}

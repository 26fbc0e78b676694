package io.driftwatch.agent;

import io.driftwatch.genai.util.DropCounter;
import io.driftwatch.tooling.AgentLog;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;

/** Counts what the agent dropped, by reason, and logs the first occurrence of each reason. */
final class AgentSelfMetrics implements DropCounter {

  private static final AttributeKey<String> REASON = AttributeKey.stringKey("reason");

  private final LongCounter dropped;

  AgentSelfMetrics(Meter meter) {
    this.dropped = meter.counterBuilder("driftwatch.agent.dropped")
        .setUnit("{event}")
        .setDescription("Telemetry the agent gave up on, by reason; the application is never affected")
        .build();
  }

  @Override
  public void count(String reason, String firstTimeMessage) {
    dropped.add(1, Attributes.of(REASON, reason));
    AgentLog.warnOnce("drop:" + reason, firstTimeMessage);
  }
}

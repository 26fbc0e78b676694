package io.driftwatch.samples.drill;

import static io.driftwatch.samples.drill.ProviderScripts.BUSY_ANSWER_CHARS;
import static io.driftwatch.samples.drill.ProviderScripts.BUSY_LATENCY_MS;
import static io.driftwatch.samples.drill.ProviderScripts.NORMAL_ANSWER_CHARS;
import static io.driftwatch.samples.drill.ProviderScripts.NORMAL_LATENCY_MS;
import static io.driftwatch.samples.drill.ProviderScripts.SLOW_LATENCY_MS;

import java.util.List;
import java.util.Optional;

/** The nine scenarios of the drill: four provider faults, two prompt/model faults, two upstream faults, one quiet day. */
final class Scenarios {

  private static final ProviderScript HEALTHY = ProviderScripts.healthy(NORMAL_LATENCY_MS, NORMAL_ANSWER_CHARS);

  static final List<Scenario> ALL = List.of(
      new Scenario("rate-limit-storm", "Rate-limit storm: most calls get 429 with rate-limit headers",
          TriageDomain.PROVIDER, "page", 10, List.of(), List.of(), HEALTHY, ProviderScripts.rateLimitStorm()),
      new Scenario("auth-failure", "Auth failure: the API key was revoked, every call gets 401",
          TriageDomain.PROVIDER, "page", 10, List.of(), List.of(), HEALTHY, ProviderScripts.revokedKey()),
      new Scenario("server-brownout", "5xx brown-out: 2 calls in 5 fail with 500, the rest are slow",
          TriageDomain.PROVIDER, "page", 10, List.of(), List.of(), HEALTHY, ProviderScripts.brownOut()),
      new Scenario("provider-outage", "Total outage: every call fails with 500",
          TriageDomain.PROVIDER, "page", 10, List.of(), List.of(), HEALTHY, ProviderScripts.outage()),
      new Scenario("silent-model-update", "Silent model update: new snapshot behind the alias, verbose and hedging",
          TriageDomain.PROMPT_MODEL, "ticket", 60, List.of(), List.of(), HEALTHY, ProviderScripts.silentModelUpdate()),
      new Scenario("prompt-regression", "Prompt regression: prompt v2 ships, refusals and broken JSON follow",
          TriageDomain.PROMPT_MODEL, "page", 15, List.of("prompt v2"), List.of(), HEALTHY, ProviderScripts.regressedAnswers()),
      new Scenario("retrieval-degradation",
          "Retrieval degradation: a re-index stops part way and a flag flip sends whole articles, answers slow down",
          TriageDomain.INFRASTRUCTURE_RETRIEVAL, "ticket", 60, List.of("retrieval degraded"),
          List.of(UpstreamFault.PARTIAL_INDEX), HEALTHY, ProviderScripts.healthy(SLOW_LATENCY_MS, NORMAL_ANSWER_CHARS)),
      new Scenario("tool-failure", "Tool failure: the MCP order-lookup tool fails every call, the model answers without it",
          TriageDomain.INFRASTRUCTURE_RETRIEVAL, "ticket", 20, List.of(), List.of(UpstreamFault.BROKEN_TOOL), HEALTHY,
          HEALTHY),
      new Scenario("diurnal-variance", "Diurnal variance: the busy hour, a little slower and wordier, no fault",
          TriageDomain.NONE, "none", 0, List.of(), List.of(), HEALTHY, ProviderScripts.healthy(BUSY_LATENCY_MS, BUSY_ANSWER_CHARS)));

  private Scenarios() {}

  static Optional<Scenario> named(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}

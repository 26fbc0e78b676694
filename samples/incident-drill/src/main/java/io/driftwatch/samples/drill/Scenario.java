package io.driftwatch.samples.drill;

import java.util.List;

/**
 * One drill scenario: a baseline phase with a healthy provider, then a fault phase in which the app
 * is given {@code appCommands}, the vector store and MCP server get {@code upstreamFaults} and the
 * provider follows {@code fault}.
 *
 * @param expected the triage domain a correct reading of the telemetry arrives at
 * @param expectedSeverity what the rules should raise: "page", "ticket" or "none"
 * @param withinMinutes how soon after the onset at the latest
 */
record Scenario(String name, String title, TriageDomain expected, String expectedSeverity, int withinMinutes,
    List<String> appCommands, List<UpstreamFault> upstreamFaults, ProviderScript baseline, ProviderScript fault) {}

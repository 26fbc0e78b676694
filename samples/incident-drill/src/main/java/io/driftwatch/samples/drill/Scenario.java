package io.driftwatch.samples.drill;

import java.util.List;

/**
 * One drill scenario: a baseline phase with a healthy provider, then a fault phase in which the app
 * is given {@code appCommands} and the provider follows {@code fault}.
 *
 * @param expected the triage domain a correct reading of the telemetry arrives at
 */
record Scenario(String name, String title, TriageDomain expected, List<String> appCommands,
    ProviderScript baseline, ProviderScript fault) {}

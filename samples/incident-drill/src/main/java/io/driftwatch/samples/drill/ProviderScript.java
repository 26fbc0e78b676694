package io.driftwatch.samples.drill;

import io.driftwatch.samples.standin.ProviderStandIn;

/** How the provider stand-in answers the calls of one phase, steered only through its public API. */
interface ProviderScript {

  /**
   * One call about to be made.
   *
   * @param index        0-based within the phase
   * @param structured   the app asks for a JSON answer
   * @param promptTokens what a provider would count for the request (see {@link PhaseDriver})
   * @param offset       where in its bands this phase starts, in [0, 1): fixed per scenario and
   *                     phase, so every run plays the same script
   */
  record PlannedCall(int index, boolean structured, int promptTokens, double offset) {}

  /** Before the phase's first call: settings that hold for the whole phase. */
  default void begin(ProviderStandIn standIn) {}

  /** Queues the answer for the next call, or queues nothing so the stand-in's default answers. */
  void beforeCall(PlannedCall call, ProviderStandIn standIn);
}

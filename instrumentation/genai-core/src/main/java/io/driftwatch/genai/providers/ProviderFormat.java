package io.driftwatch.genai.providers;

import io.driftwatch.genai.exchange.ApiFormat;

/** One request/response shape of a provider's API: how to read its bodies and fold its streams. */
public interface ProviderFormat extends ApiFormat {

  /** Stateless and shared. */
  ProviderParser parser();

  /** A fresh accumulator for a stream of this format in this framing, or null when such a stream is not understood. */
  default StreamAccumulator newStreamAccumulator(Framing framing) {
    return null;
  }
}

package io.driftwatch.genai.providers;

import io.driftwatch.genai.exchange.ApiFormat;

/** One request/response shape of a provider's API: how to read its bodies and fold its streams. */
public interface ProviderFormat extends ApiFormat {

  /** The {@code gen_ai.operation.name} of calls that answer with vectors, not text. */
  String EMBEDDINGS = "embeddings";

  /** Stateless and shared. */
  ProviderParser parser();

  /** A fresh accumulator for a stream of this format in this framing, or null when such a stream is not understood. */
  default StreamAccumulator newStreamAccumulator(Framing framing) {
    return null;
  }

  /** Whether the answer is vectors: the checks made for answer text (refusal, length, format, ...) do not apply. */
  default boolean embeds() {
    return EMBEDDINGS.equals(operationName());
  }
}

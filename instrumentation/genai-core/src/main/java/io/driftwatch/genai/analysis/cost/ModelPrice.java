package io.driftwatch.genai.analysis.cost;

/** US dollars per million tokens for one provider's model (or dated-model family). */
public record ModelPrice(String provider, String model, double inputPerMillion, double outputPerMillion,
    double cachedInputPerMillion) {}

package io.driftwatch.genai.analysis.cost;

import io.driftwatch.genai.providers.GenAiCall;

/** Cost of one call in US dollars from its token usage; cached input is billed at its own price. */
public final class CostCalculator {

  private final PriceTable prices;

  public CostCalculator(PriceTable prices) {
    this.prices = prices;
  }

  /** @return USD, or null when the model is unpriced or the call reported no usage */
  public Double costOf(String provider, GenAiCall call) {
    if (call.inputTokens == null && call.outputTokens == null) {
      return null;
    }
    String model = call.responseModel != null ? call.responseModel : call.requestModel;
    ModelPrice price = prices.find(provider, model);
    if (price == null && call.requestModel != null) {
      price = prices.find(provider, call.requestModel);
    }
    if (price == null) {
      return null;
    }
    long input = orZero(call.inputTokens);
    long cacheRead = orZero(call.cacheReadInputTokens);
    long uncachedInput = Math.max(0, input - cacheRead);
    double dollars = uncachedInput * price.inputPerMillion()
        + cacheRead * price.cachedInputPerMillion()
        + orZero(call.outputTokens) * price.outputPerMillion();
    double usd = dollars / 1_000_000d;
    // the parsers drop impossible token counts; this keeps a price table's mistake out of the metric too
    return Double.isFinite(usd) && usd >= 0 ? usd : null;
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }
}

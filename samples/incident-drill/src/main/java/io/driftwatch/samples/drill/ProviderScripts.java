package io.driftwatch.samples.drill;

import io.driftwatch.samples.standin.CannedResponse;
import io.driftwatch.samples.standin.ProviderStandIn;

/**
 * The provider's behaviour in each phase: healthy within a normal band, or one of the faults.
 * Faults follow fixed patterns (7 calls in 10, 2 in 5, ...) so every run counts the same.
 */
final class ProviderScripts {

  static final String REQUESTED_MODEL = "gpt-4o-mini";
  /** The stand-in serves "requested model + suffix", like a provider resolving an alias to a snapshot. */
  static final String BASELINE_SUFFIX = "-2024-07-18";
  static final String UPDATED_SUFFIX = "-2025-04-14";
  static final String BASELINE_MODEL = REQUESTED_MODEL + BASELINE_SUFFIX;
  static final String UPDATED_MODEL = REQUESTED_MODEL + UPDATED_SUFFIX;

  /**
   * A range of values that calls spread over evenly: the n-th call gets the n-th point of a golden
   * ratio sequence, so even a short phase covers the band and its mean sits near the middle,
   * while the values still vary from call to call as real ones do.
   */
  record Band(int min, int max) {
    private static final double GOLDEN = 0.6180339887;

    int at(int index, double offset) {
      double spread = (index * GOLDEN + offset) % 1.0;
      return min + (int) Math.round(spread * (max - min));
    }
  }

  // A baseline near 100 ms keeps a stray GC pause or scheduling hiccup small next to the 1.5x band.
  static final Band NORMAL_LATENCY_MS = new Band(60, 140);
  static final Band NORMAL_ANSWER_CHARS = new Band(180, 480);
  /** The busy hour of an ordinary day: a little slower and wordier, well inside every band. */
  static final Band BUSY_LATENCY_MS = new Band(65, 155);
  static final Band BUSY_ANSWER_CHARS = new Band(200, 540);
  static final Band SLOW_LATENCY_MS = new Band(300, 500);

  private ProviderScripts() {}

  static ProviderScript healthy(Band latencyMs, Band answerChars) {
    return (call, standIn) -> standIn.enqueue(healthyAnswer(call, latencyMs, answerChars));
  }

  /** 7 calls in 10 get OpenAI's 429 with its rate-limit headers. */
  static ProviderScript rateLimitStorm() {
    return (call, standIn) -> standIn.enqueue(call.index() % 10 < 7
        ? CannedResponse.openAiRateLimited()
        : healthyAnswer(call, NORMAL_LATENCY_MS, NORMAL_ANSWER_CHARS));
  }

  /** Every call is refused with 401: the key was revoked. */
  static ProviderScript revokedKey() {
    return (call, standIn) -> standIn.enqueue(CannedAnswers.invalidApiKey());
  }

  /** Every call gets a 500: the provider is down. */
  static ProviderScript outage() {
    return (call, standIn) -> standIn.enqueue(CannedResponse.serverError());
  }

  /** 2 calls in 5 get a 500, and the rest are several times slower than usual. */
  static ProviderScript brownOut() {
    return (call, standIn) -> standIn.enqueue(call.index() % 5 == 1 || call.index() % 5 == 3
        ? CannedResponse.serverError()
        : healthyAnswer(call, SLOW_LATENCY_MS, NORMAL_ANSWER_CHARS));
  }

  /**
   * The alias now resolves to a new snapshot that answers at length and hedges. Plain answers are
   * the stand-in's defaults with a new served-model suffix and completion text; structured ones
   * say the same inside valid JSON.
   */
  static ProviderScript silentModelUpdate() {
    return new ProviderScript() {
      @Override
      public void begin(ProviderStandIn standIn) {
        standIn.setServedModelSuffix(UPDATED_SUFFIX);
        standIn.setCompletionText(AnswerTexts.HEDGING);
      }

      @Override
      public void beforeCall(PlannedCall call, ProviderStandIn standIn) {
        if (call.structured()) {
          standIn.enqueue(CannedAnswers.chatCompletion(UPDATED_MODEL, AnswerTexts.structured(AnswerTexts.HEDGING),
              call.promptTokens(), NORMAL_LATENCY_MS.at(call.index(), call.offset())));
        }
      }
    };
  }

  /** After the prompt edit: every other plain answer refuses, 2 structured answers in 3 break the schema. */
  static ProviderScript regressedAnswers() {
    return (call, standIn) -> {
      int latency = NORMAL_LATENCY_MS.at(call.index(), call.offset());
      if (call.structured() && call.index() % 9 != 2) {
        standIn.enqueue(CannedAnswers.chatCompletion(BASELINE_MODEL, AnswerTexts.brokenJson(call.index()),
            call.promptTokens(), latency));
      } else if (!call.structured() && call.index() % 2 == 0) {
        standIn.enqueue(CannedAnswers.chatCompletion(BASELINE_MODEL, AnswerTexts.refusal(call.index()),
            call.promptTokens(), latency));
      } else if (!call.structured() && call.index() % 10 == 5) {
        // now and then the regressed prompt gets no answer at all
        standIn.enqueue(CannedAnswers.chatCompletion(BASELINE_MODEL, "", call.promptTokens(), latency));
      } else {
        standIn.enqueue(healthyAnswer(call, NORMAL_LATENCY_MS, NORMAL_ANSWER_CHARS));
      }
    };
  }

  static CannedResponse healthyAnswer(ProviderScript.PlannedCall call, Band latencyMs, Band answerChars) {
    String answer = AnswerTexts.supportAnswer(call.index(), answerChars.at(call.index(), call.offset()));
    return CannedAnswers.chatCompletion(BASELINE_MODEL,
        call.structured() ? AnswerTexts.structured(answer) : answer,
        call.promptTokens(), latencyMs.at(call.index(), 1 - call.offset()));
  }
}

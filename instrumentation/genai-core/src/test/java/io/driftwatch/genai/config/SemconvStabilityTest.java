package io.driftwatch.genai.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OTEL_SEMCONV_STABILITY_OPT_IN as the official agent reads it: a list, other domains ignored, /dup wins. */
class SemconvStabilityTest {

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(value = {"NULL,LEGACY", "'',LEGACY", "http,LEGACY", "http/dup,LEGACY", "gen_ai,LEGACY",
      "gen_ai_latest_experimental_v2,LEGACY", "gen_ai_latest_experimental,LATEST",
      "'http, gen_ai_latest_experimental',LATEST", "gen_ai_latest_experimental/dup,DUPLICATE",
      "'gen_ai_latest_experimental,gen_ai_latest_experimental/dup',DUPLICATE",
      "'database/dup , GEN_AI_LATEST_EXPERIMENTAL/DUP',DUPLICATE"}, nullValues = "NULL")
  void optInListsChooseTheMode(String optIn, SemconvStability mode) {
    assertEquals(mode, SemconvStability.fromOptIn(optIn));
    assertEquals(mode, GenAiSettings.from(key -> GenAiSettings.SEMCONV_OPT_IN.equals(key) ? optIn : null)
        .semconvStability());
  }
}

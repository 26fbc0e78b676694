package io.driftwatch.fleet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agent's three {@code OTEL_SEMCONV_STABILITY_OPT_IN} modes as Prometheus sees them
 * (docs/SIGNALS.md): the rule tests and recordings are written in the default mode's names, and
 * this rewrites their series into what the other two modes export, so the same tests prove the
 * rules in each.
 */
enum SemconvModes {
  /** Unset: the official agent's names, as the files are written. */
  DEFAULT,
  /** {@code gen_ai_latest_experimental}: only the newest names. */
  LATEST,
  /** {@code gen_ai_latest_experimental/dup}: every series under both names. */
  DUPLICATE;

  private static final Pattern DURATION = Pattern.compile(
      "gen_ai_client_operation_(duration|time_to_first_chunk|time_per_output_chunk)_seconds_(bucket|sum|count)\\{");
  private static final Pattern TOKENS = Pattern.compile(
      "gen_ai_client_token_usage_(bucket|sum|count)\\{([^}]*?),?gen_ai_token_type=\"(input|output)\"([^}]*)}");

  /** One series name with labels, in this mode's names; for DUPLICATE the newest (add it besides the original). */
  static String latestName(String series) {
    Matcher duration = DURATION.matcher(series);
    String renamed = duration.replaceAll("gen_ai_client_inference_$1_seconds_$2{");
    Matcher tokens = TOKENS.matcher(renamed);
    StringBuilder out = new StringBuilder();
    while (tokens.find()) {
      String labels = (tokens.group(2) + tokens.group(4)).replaceAll("^,|,$", "").replace(",,", ",");
      tokens.appendReplacement(out, Matcher.quoteReplacement(
          "gen_ai_client_inference_operation_" + tokens.group(3) + "_tokens_" + tokens.group(1) + "{" + labels + "}"));
    }
    tokens.appendTail(out);
    return out.toString();
  }

  /** Whether a series line (of a rule test or a recording) is one of the renamed GenAI names. */
  static boolean renamed(String series) {
    return !latestName(series).equals(series);
  }
}

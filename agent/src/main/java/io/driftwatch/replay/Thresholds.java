package io.driftwatch.replay;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How big a difference must be, beyond normal variance, to count as a divergence (and make the
 * command exit 1). Set with {@code --threshold name=value[,name=value]}.
 *
 * @param refusal rise of the refusal rate, in rate points (0.10 = 10 pp)
 * @param format fall of the format compliance rate, in rate points
 * @param length relative change of the mean output length (0.25 = 25 %)
 * @param structure share of JSON answers whose keys and types changed
 * @param similarity the token F1 the whole interval must stay below
 * @param cosine the embeddings cosine the whole interval must stay below
 */
record Thresholds(double refusal, double format, double length, double structure, double similarity, double cosine) {

  static final Thresholds DEFAULTS = new Thresholds(0.10, 0.10, 0.25, 0.10, 0.40, 0.80);

  /** @throws IllegalArgumentException naming the bad part */
  static Thresholds parse(Thresholds base, String spec) {
    Map<String, Double> values = new LinkedHashMap<>(Map.of("refusal", base.refusal, "format", base.format,
        "length", base.length, "structure", base.structure, "similarity", base.similarity, "cosine", base.cosine));
    for (String part : spec.split(",")) {
      String[] pair = part.split("=", 2);
      String name = pair[0].trim().toLowerCase(Locale.ROOT);
      if (pair.length != 2 || !values.containsKey(name)) {
        throw new IllegalArgumentException("--threshold takes name=value with name one of " + values.keySet()
            + ", got '" + part + "'");
      }
      try {
        double value = Double.parseDouble(pair[1].trim());
        if (!(value >= 0) || value > 10) {
          throw new NumberFormatException();
        }
        values.put(name, value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--threshold " + name + " needs a number from 0 to 10, got '" + pair[1] + "'");
      }
    }
    return new Thresholds(values.get("refusal"), values.get("format"), values.get("length"), values.get("structure"),
        values.get("similarity"), values.get("cosine"));
  }
}

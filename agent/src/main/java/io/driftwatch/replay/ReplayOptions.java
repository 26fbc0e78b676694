package io.driftwatch.replay;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The replay command's options.
 *
 * @param model asked instead of the recorded model, or null
 * @param apiKeyVariable the environment variable holding the API key, or null (no key sent)
 * @param sample the most recent cases replayed per provider, model and prompt version
 */
record ReplayOptions(Path set, URI endpoint, String model, String apiKeyVariable, int sample, String embeddingsModel,
    Thresholds thresholds, Duration timeout, boolean telemetry) {

  static final String USAGE = "usage: java -jar driftwatch-agent.jar replay --set DIR --endpoint URL [--model M]"
      + " [--api-key-env VAR] [--sample N] [--embeddings-model E] [--threshold name=value,...] [--timeout SECONDS]"
      + " [--no-telemetry]";

  /** @throws IllegalArgumentException with a message for the user */
  static ReplayOptions parse(String[] args) {
    Path set = null;
    URI endpoint = null;
    String model = null;
    String keyVariable = null;
    int sample = 20;
    String embeddings = null;
    Thresholds thresholds = Thresholds.DEFAULTS;
    Duration timeout = Duration.ofSeconds(60);
    boolean telemetry = true;
    for (int i = 1; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--no-telemetry")) {
        telemetry = false;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--set" -> set = Path.of(value);
        case "--endpoint" -> endpoint = endpoint(value);
        case "--model" -> model = value;
        case "--api-key-env" -> keyVariable = value;
        case "--sample" -> sample = positive(option, value);
        case "--embeddings-model" -> embeddings = value;
        case "--threshold" -> thresholds = Thresholds.parse(thresholds, value);
        case "--timeout" -> timeout = Duration.ofSeconds(positive(option, value));
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (set == null || endpoint == null) {
      throw new IllegalArgumentException("--set and --endpoint are required");
    }
    return new ReplayOptions(set, endpoint, model, keyVariable, sample, embeddings, thresholds, timeout, telemetry);
  }

  static URI endpoint(String value) {
    try {
      URI uri = URI.create(value);
      if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        throw new IllegalArgumentException();
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--endpoint needs an http(s) URL such as http://127.0.0.1:8080, got '"
          + value + "'");
    }
  }

  static int positive(String option, String value) {
    try {
      int number = Integer.parseInt(value);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " needs a whole number above 0, got '" + value + "'");
  }
}

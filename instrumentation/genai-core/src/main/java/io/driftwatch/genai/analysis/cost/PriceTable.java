package io.driftwatch.genai.analysis.cost;

import io.driftwatch.genai.config.ConfigException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prices per provider and model: shipped defaults (default-prices.csv), overridden line by line by
 * a user file in the same CSV format. A model matches its exact name or a dated variant of it
 * ({@code gpt-4o-mini} prices {@code gpt-4o-mini-2024-07-18}, {@code claude-sonnet-4-20250514}). Bedrock
 * model ids match without their version ({@code anthropic.claude-3-5-haiku-20241022-v1:0}), their
 * cross-region inference profile prefix ({@code us.}, {@code eu.}, {@code apac.}, {@code global.}, ...)
 * and an ARN around them ({@code arn:aws:bedrock:...:inference-profile/us.anthropic...}). Unknown
 * models have no price: the agent never guesses.
 */
public final class PriceTable {

  private static final String DEFAULTS = "default-prices.csv";
  /** Only date and version suffixes are stripped: "gpt-4o-audio" must not be priced as "gpt-4o". */
  private static final Pattern VERSION_SUFFIX =
      Pattern.compile("(-\\d{4}-\\d{2}-\\d{2}|-\\d{8}|-\\d{4}|-latest|:\\d+|-v\\d+)$");
  /** Bedrock's cross-region inference profiles: the same model, billed at its price. */
  private static final Pattern INFERENCE_PROFILE_PREFIX =
      Pattern.compile("^(?:us|us-gov|eu|apac|ap|jp|au|ca|global)\\.(?=[a-z0-9-]+\\.)");

  private final Map<String, ModelPrice> byProviderAndModel;

  PriceTable(Map<String, ModelPrice> byProviderAndModel) {
    this.byProviderAndModel = Map.copyOf(byProviderAndModel);
  }

  public static PriceTable load(String configKey, String userFile) {
    Map<String, ModelPrice> prices = new HashMap<>();
    try (InputStream in = PriceTable.class.getResourceAsStream(DEFAULTS)) {
      read(in, prices, DEFAULTS);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the shipped price table", e);
    }
    if (userFile != null && !userFile.isBlank()) {
      try (InputStream in = Files.newInputStream(Path.of(userFile.trim()))) {
        read(in, prices, userFile);
      } catch (IOException | IllegalArgumentException e) {
        throw new ConfigException(configKey, "cannot read prices from '" + userFile + "': " + e.getMessage());
      }
    }
    return new PriceTable(prices);
  }

  /** Lines: provider,model,input_per_million,output_per_million[,cached_input_per_million]. */
  private static void read(InputStream in, Map<String, ModelPrice> into, String source) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNumber = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      lineNumber++;
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("provider,")) {
        continue;
      }
      String[] fields = trimmed.split("\\s*,\\s*");
      if (fields.length < 4) {
        throw new IllegalArgumentException(source + " line " + lineNumber + ": expected at least 4 fields");
      }
      try {
        double input = Double.parseDouble(fields[2]);
        double output = Double.parseDouble(fields[3]);
        double cached = fields.length > 4 ? Double.parseDouble(fields[4]) : input;
        ModelPrice price = new ModelPrice(fields[0].toLowerCase(Locale.ROOT), fields[1].toLowerCase(Locale.ROOT),
            input, output, cached);
        into.put(key(price.provider(), price.model()), price);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(source + " line " + lineNumber + ": " + e.getMessage());
      }
    }
  }

  /** @return the price, or null when the model is unpriced */
  public ModelPrice find(String provider, String model) {
    if (provider == null || model == null) {
      return null;
    }
    String candidate = withoutBedrockWrapping(model.toLowerCase(Locale.ROOT));
    while (true) {
      ModelPrice price = byProviderAndModel.get(key(provider, candidate));
      if (price != null) {
        return price;
      }
      Matcher version = VERSION_SUFFIX.matcher(candidate);
      if (!version.find()) {
        return null;
      }
      candidate = candidate.substring(0, version.start());
    }
  }

  /** {@code anthropic.claude-sonnet-4-20250514-v1:0} from its ARN or its cross-region profile id. */
  static String withoutBedrockWrapping(String model) {
    String id = model;
    if (id.startsWith("arn:")) {
      id = id.substring(id.lastIndexOf('/') + 1);
    }
    return INFERENCE_PROFILE_PREFIX.matcher(id).replaceFirst("");
  }

  private static String key(String provider, String model) {
    return provider + '\u0000' + model;
  }
}

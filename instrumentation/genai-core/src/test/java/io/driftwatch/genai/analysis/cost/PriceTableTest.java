package io.driftwatch.genai.analysis.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.driftwatch.genai.config.GenAiSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bedrock model ids, with their versions, inference-profile prefixes and ARNs, find their family's price. */
class PriceTableTest {

  private static final String BEDROCK = "aws.bedrock";
  private final PriceTable prices = PriceTable.load(GenAiSettings.PRICES_FILE, null);

  @ParameterizedTest
  @CsvSource({
      "anthropic.claude-3-5-haiku-20241022-v1:0, anthropic.claude-3-5-haiku",
      "us.anthropic.claude-3-5-haiku-20241022-v1:0, anthropic.claude-3-5-haiku",
      "eu.anthropic.claude-sonnet-4-20250514-v1:0, anthropic.claude-sonnet-4",
      "apac.anthropic.claude-3-haiku-20240307-v1:0, anthropic.claude-3-haiku",
      "global.anthropic.claude-sonnet-4-5-20250929-v1:0, anthropic.claude-sonnet-4-5",
      "anthropic.claude-3-5-sonnet-20241022-v2:0, anthropic.claude-3-5-sonnet",
      "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-opus-4-1-20250805-v1:0,"
          + " anthropic.claude-opus-4-1",
      "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0, amazon.nova-pro",
      "us.amazon.nova-lite-v1:0, amazon.nova-lite",
      "amazon.titan-text-express-v1, amazon.titan-text-express",
      "amazon.titan-embed-text-v2:0, amazon.titan-embed-text-v2",
      "amazon.titan-embed-text-v1, amazon.titan-embed-text-v1",
      "us.meta.llama3-1-70b-instruct-v1:0, meta.llama3-1-70b-instruct",
      "meta.llama3-8b-instruct-v1:0, meta.llama3-8b-instruct",
      "mistral.mistral-7b-instruct-v0:2, mistral.mistral-7b-instruct",
      "mistral.mistral-large-2402-v1:0, mistral.mistral-large-2402",
      "mistral.mistral-large-2407-v1:0, mistral.mistral-large-2407",
      "cohere.command-r-plus-v1:0, cohere.command-r-plus",
      "cohere.embed-english-v3, cohere.embed-english",
      "ai21.jamba-1-5-mini-v1:0, ai21.jamba-1-5-mini",
      "us.deepseek.r1-v1:0, deepseek.r1"})
  void bedrockModelIdFindsItsFamilyPrice(String modelId, String priced) {
    ModelPrice price = prices.find(BEDROCK, modelId);
    assertNotNull(price, modelId + " is unpriced");
    assertEquals(priced, price.model());
  }

  @ParameterizedTest
  @ValueSource(strings = {"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3",
      "anthropic.claude-9-unknown-v1:0", "us.unknown.model-v1:0"})
  void unknownOrOpaqueIdsStayUnpriced(String modelId) {
    assertNull(prices.find(BEDROCK, modelId));
  }

  @ParameterizedTest
  @CsvSource({"us.anthropic.claude-3-5-haiku-20241022-v1:0, 0.80, 4.00, 0.08",
      "anthropic.claude-3-haiku-20240307-v1:0, 0.25, 1.25, 0.25"})
  void aProfileIsBilledAtItsModelsPrice(String modelId, double input, double output, double cachedInput) {
    ModelPrice price = prices.find(BEDROCK, modelId);
    assertEquals(input, price.inputPerMillion());
    assertEquals(output, price.outputPerMillion());
    assertEquals(cachedInput, price.cachedInputPerMillion());
  }

  @ParameterizedTest
  @ValueSource(strings = {"gpt-4o-audio-preview", "gpt-4o-realtime"})
  void versionStrippingNeverTurnsAnotherModelIntoAPricedOne(String model) {
    assertNull(prices.find("openai", model));
  }
}

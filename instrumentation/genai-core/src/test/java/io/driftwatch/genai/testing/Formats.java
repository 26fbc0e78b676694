package io.driftwatch.genai.testing;

import io.driftwatch.genai.exchange.ApiFormat;
import io.driftwatch.genai.providers.anthropic.AnthropicFormat;
import io.driftwatch.genai.providers.bedrock.BedrockFormat;
import io.driftwatch.genai.providers.gemini.GeminiFormat;
import io.driftwatch.genai.providers.ollama.OllamaFormat;
import io.driftwatch.genai.providers.openai.OpenAiFormat;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.params.converter.ArgumentConversionException;
import org.junit.jupiter.params.converter.ArgumentConverter;

/** Every provider's formats, and a converter so parameterized tests can name any of them. */
public final class Formats implements ArgumentConverter {

  public static List<ApiFormat> all() {
    return Stream.of(OpenAiFormat.values(), AnthropicFormat.values(), GeminiFormat.values(), OllamaFormat.values(),
        BedrockFormat.values()).flatMap(Arrays::stream).map(ApiFormat.class::cast).toList();
  }

  @Override
  public Object convert(Object source, ParameterContext context) {
    return all().stream().filter(format -> format.toString().equals(source)).findFirst()
        .orElseThrow(() -> new ArgumentConversionException("no format named " + source));
  }
}

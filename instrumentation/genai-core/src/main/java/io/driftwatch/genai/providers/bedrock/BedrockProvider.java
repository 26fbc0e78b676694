package io.driftwatch.genai.providers.bedrock;

import io.driftwatch.genai.exchange.ApiFormat;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.providers.HostNames;
import io.driftwatch.genai.providers.Provider;
import io.driftwatch.genai.providers.ProviderFormat;
import io.driftwatch.genai.providers.openai.OpenAiFormat;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Amazon Bedrock's runtime; its hosts also serve an OpenAI-compatible chat endpoint. */
public final class BedrockProvider implements Provider {

  private static final String BEDROCK = "aws.bedrock";
  private static final String MODEL_PREFIX = "/model/";

  @Override
  public ProviderFormat formatOf(String path) {
    if (!path.startsWith(MODEL_PREFIX)) {
      return null;
    }
    if (path.endsWith("/converse")) {
      return BedrockFormat.BEDROCK_CONVERSE;
    }
    if (path.endsWith("/converse-stream")) {
      return BedrockFormat.BEDROCK_CONVERSE_STREAM;
    }
    if (path.endsWith("/invoke")) {
      return namesEmbeddingModel(path) ? BedrockFormat.BEDROCK_INVOKE_EMBEDDINGS : BedrockFormat.BEDROCK_INVOKE;
    }
    return path.endsWith("/invoke-with-response-stream") ? BedrockFormat.BEDROCK_INVOKE_STREAM : null;
  }

  /** {@code amazon.titan-embed-text-v2:0}, {@code cohere.embed-english-v3}: the families' embedding models. */
  private static boolean namesEmbeddingModel(String path) {
    int end = path.indexOf('/', MODEL_PREFIX.length());
    int found = path.indexOf(".titan-embed-", MODEL_PREFIX.length());
    if (found < 0) {
      found = path.indexOf("cohere.embed-", MODEL_PREFIX.length());
    }
    return found >= 0 && found < end;
  }

  @Override
  public String hostedName(String host, String path) {
    boolean runtime = HostNames.startsWith(host, "bedrock-runtime.") || HostNames.startsWith(host, "bedrock-runtime-fips.");
    return runtime && HostNames.endsWith(host, ".amazonaws.com") ? BEDROCK : null;
  }

  @Override
  public boolean serves(String hostedName, ApiFormat format) {
    return format instanceof BedrockFormat || format instanceof OpenAiFormat;
  }

  @Override
  public String nameByPath(ApiFormat format, String path, HeaderLookup headers) {
    return BEDROCK;
  }

  @Override
  public String pathModel(String providerName, ApiFormat format, String path) {
    return bedrockModel(path);
  }

  /** {@code anthropic.claude-3-haiku-20240307-v1:0} from {@code /model/anthropic.claude-3-haiku-20240307-v1%3A0/converse}. */
  static String bedrockModel(String path) {
    int start = MODEL_PREFIX.length();
    int end = path.indexOf('/', start);
    if (end <= start) {
      return null;
    }
    String model = path.substring(start, end);
    return model.indexOf('%') < 0 ? model : URLDecoder.decode(model, StandardCharsets.UTF_8);
  }
}

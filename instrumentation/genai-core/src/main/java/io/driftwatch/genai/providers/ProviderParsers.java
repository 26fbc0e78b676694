package io.driftwatch.genai.providers;

import io.driftwatch.genai.providers.anthropic.AnthropicMessagesParser;
import io.driftwatch.genai.providers.bedrock.BedrockConverseParser;
import io.driftwatch.genai.providers.bedrock.BedrockInvokeParser;
import io.driftwatch.genai.providers.gemini.GeminiEmbedContentParser;
import io.driftwatch.genai.providers.gemini.GeminiGenerateContentParser;
import io.driftwatch.genai.providers.ollama.OllamaChatParser;
import io.driftwatch.genai.providers.ollama.OllamaEmbedParser;
import io.driftwatch.genai.providers.ollama.OllamaGenerateParser;
import io.driftwatch.genai.providers.openai.OpenAiChatParser;
import io.driftwatch.genai.providers.openai.OpenAiEmbeddingsParser;
import io.driftwatch.genai.providers.openai.OpenAiResponsesParser;

import io.driftwatch.genai.exchange.LlmEndpoint;
import java.util.EnumMap;
import java.util.Map;

/** The parser for each wire format; parsers are stateless and shared. */
public final class ProviderParsers {

  private static final Map<WireFormat, ProviderParser> BY_FORMAT = new EnumMap<>(WireFormat.class);

  static {
    OpenAiChatParser chat = new OpenAiChatParser();
    BY_FORMAT.put(WireFormat.OPENAI_CHAT, chat);
    BY_FORMAT.put(WireFormat.OPENAI_COMPLETIONS, chat);
    BY_FORMAT.put(WireFormat.OPENAI_RESPONSES, new OpenAiResponsesParser());
    BY_FORMAT.put(WireFormat.OPENAI_EMBEDDINGS, new OpenAiEmbeddingsParser());
    BY_FORMAT.put(WireFormat.ANTHROPIC_MESSAGES, new AnthropicMessagesParser());
    BY_FORMAT.put(WireFormat.GEMINI_GENERATE_CONTENT, new GeminiGenerateContentParser(false));
    BY_FORMAT.put(WireFormat.GEMINI_STREAM_GENERATE_CONTENT, new GeminiGenerateContentParser(true));
    BY_FORMAT.put(WireFormat.GEMINI_EMBED_CONTENT, new GeminiEmbedContentParser());
    BY_FORMAT.put(WireFormat.OLLAMA_CHAT, new OllamaChatParser());
    BY_FORMAT.put(WireFormat.OLLAMA_GENERATE, new OllamaGenerateParser());
    BY_FORMAT.put(WireFormat.OLLAMA_EMBED, new OllamaEmbedParser());
    BY_FORMAT.put(WireFormat.BEDROCK_CONVERSE, new BedrockConverseParser(false));
    BY_FORMAT.put(WireFormat.BEDROCK_CONVERSE_STREAM, new BedrockConverseParser(true));
    BY_FORMAT.put(WireFormat.BEDROCK_INVOKE, new BedrockInvokeParser(false));
    BY_FORMAT.put(WireFormat.BEDROCK_INVOKE_STREAM, new BedrockInvokeParser(true));
  }

  private ProviderParsers() {}

  public static ProviderParser forFormat(WireFormat format) {
    return BY_FORMAT.get(format);
  }

  /** The format's parser; when the URL path names the model, it is the request model unless the body names one. */
  public static ProviderParser forEndpoint(LlmEndpoint endpoint) {
    ProviderParser parser = forFormat((WireFormat) endpoint.format());
    return endpoint.pathModel() == null ? parser : new PathModelParser(parser, endpoint.pathModel());
  }
}

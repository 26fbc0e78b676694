package io.driftwatch.genai.parse;

import io.driftwatch.genai.detect.WireFormat;
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
  }

  private ProviderParsers() {}

  public static ProviderParser forFormat(WireFormat format) {
    return BY_FORMAT.get(format);
  }
}

package io.driftwatch.genai.providers.detect;

import io.driftwatch.genai.providers.WireFormat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * What a URL path alone says: the wire format, and the model when the path names it. Pure string
 * comparisons, so a path that is no LLM call costs no allocation.
 */
final class ApiPaths {

  private static final String AZURE_DEPLOYMENTS = "/openai/deployments/";
  private static final String BEDROCK_MODEL = "/model/";

  private ApiPaths() {}

  /** @param path without a trailing slash; never the query string */
  static WireFormat formatOf(String path) {
    if (path.endsWith("/chat/completions")) {
      return WireFormat.OPENAI_CHAT;
    }
    if (path.endsWith("/responses")) {
      return WireFormat.OPENAI_RESPONSES;
    }
    if (path.endsWith("/api/chat")) {
      return WireFormat.OLLAMA_CHAT;
    }
    if (path.endsWith("/api/generate")) {
      return WireFormat.OLLAMA_GENERATE;
    }
    if (path.endsWith("/api/embed") || path.endsWith("/api/embeddings")) {
      return WireFormat.OLLAMA_EMBED;
    }
    if (path.endsWith("/embeddings")) {
      return WireFormat.OPENAI_EMBEDDINGS;
    }
    if (path.endsWith("/completions")) {
      return WireFormat.OPENAI_COMPLETIONS;
    }
    if (path.endsWith("/messages") && !path.endsWith("/threads/messages")) {
      return WireFormat.ANTHROPIC_MESSAGES;
    }
    if (path.endsWith("/converse") && path.startsWith(BEDROCK_MODEL)) {
      return WireFormat.BEDROCK_CONVERSE;
    }
    if (path.endsWith("/converse-stream") && path.startsWith(BEDROCK_MODEL)) {
      return WireFormat.BEDROCK_CONVERSE_STREAM;
    }
    if (path.endsWith("/invoke") && path.startsWith(BEDROCK_MODEL)) {
      return WireFormat.BEDROCK_INVOKE;
    }
    if (path.endsWith("/invoke-with-response-stream") && path.startsWith(BEDROCK_MODEL)) {
      return WireFormat.BEDROCK_INVOKE_STREAM;
    }
    return geminiFormatOf(path);
  }

  /** {@code .../models/{model}:generateContent} and its siblings; the method follows the last colon. */
  private static WireFormat geminiFormatOf(String path) {
    int colon = path.lastIndexOf(':');
    if (colon <= path.lastIndexOf('/') + 1) {
      return null; // no colon in the last segment, or nothing before it
    }
    if (path.endsWith(":generateContent")) {
      return WireFormat.GEMINI_GENERATE_CONTENT;
    }
    if (path.endsWith(":streamGenerateContent")) {
      return WireFormat.GEMINI_STREAM_GENERATE_CONTENT;
    }
    if (path.endsWith(":embedContent") || path.endsWith(":batchEmbedContents")) {
      return WireFormat.GEMINI_EMBED_CONTENT;
    }
    return null;
  }

  /** The model the URL names for this format and provider, or null. */
  static String pathModel(String providerName, WireFormat format, String path) {
    if (format.isGemini()) {
      return geminiModel(path);
    }
    if (format.isBedrock()) {
      return bedrockModel(path);
    }
    if (KnownHost.AZURE_OPENAI_PROVIDER.equals(providerName)) {
      return azureDeployment(path);
    }
    return null;
  }

  /** {@code gemini-2.0-flash} from {@code /v1beta/models/gemini-2.0-flash:generateContent}. */
  static String geminiModel(String path) {
    int colon = path.lastIndexOf(':');
    int slash = path.lastIndexOf('/');
    return colon > slash + 1 ? path.substring(slash + 1, colon) : null;
  }

  /** {@code anthropic.claude-3-haiku-20240307-v1:0} from {@code /model/anthropic.claude-3-haiku-20240307-v1%3A0/converse}. */
  static String bedrockModel(String path) {
    int start = BEDROCK_MODEL.length();
    int end = path.indexOf('/', start);
    if (end <= start) {
      return null;
    }
    String model = path.substring(start, end);
    return model.indexOf('%') < 0 ? model : URLDecoder.decode(model, StandardCharsets.UTF_8);
  }

  /** {@code my-gpt4o} from {@code /openai/deployments/my-gpt4o/chat/completions}; null for {@code /openai/v1/...}. */
  static String azureDeployment(String path) {
    int start = path.indexOf(AZURE_DEPLOYMENTS);
    if (start < 0) {
      return null;
    }
    start += AZURE_DEPLOYMENTS.length();
    int end = path.indexOf('/', start);
    return end > start ? path.substring(start, end) : null;
  }

  /** Vertex AI names project and location in the path: {@code /v1/projects/p/locations/l/publishers/google/models/m}. */
  static boolean isVertexPath(String path) {
    return path.contains("/projects/") && path.contains("/locations/");
  }
}

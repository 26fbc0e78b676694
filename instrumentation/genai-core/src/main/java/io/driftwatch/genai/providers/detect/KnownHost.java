package io.driftwatch.genai.providers.detect;

import io.driftwatch.genai.providers.WireFormat;

/**
 * Provider hosts recognised by name: the provider they are, and which wire formats they serve
 * (a path in another format on that host is not an LLM call we understand).
 */
enum KnownHost {
  OPENAI("openai"),
  ANTHROPIC("anthropic"),
  GEMINI("gcp.gemini"),
  VERTEX_AI("gcp.vertex_ai"),
  AZURE_OPENAI(KnownHost.AZURE_OPENAI_PROVIDER),
  MISTRAL("mistral_ai"),
  DEEPSEEK("deepseek"),
  GROQ("groq"),
  X_AI("x_ai"),
  BEDROCK("aws.bedrock");

  static final String AZURE_OPENAI_PROVIDER = "azure.ai.openai";
  static final String AZURE_AI_INFERENCE_PROVIDER = "azure.ai.inference";

  private final String providerName;

  KnownHost(String providerName) {
    this.providerName = providerName;
  }

  /** @return the known host, or null; compares without allocating */
  static KnownHost of(String host) {
    if (host.equalsIgnoreCase("api.openai.com")) {
      return OPENAI;
    }
    if (host.equalsIgnoreCase("api.anthropic.com")) {
      return ANTHROPIC;
    }
    if (host.equalsIgnoreCase("generativelanguage.googleapis.com")) {
      return GEMINI;
    }
    if (host.equalsIgnoreCase("aiplatform.googleapis.com") || endsWith(host, "-aiplatform.googleapis.com")) {
      return VERTEX_AI;
    }
    if (endsWith(host, ".openai.azure.com") || endsWith(host, ".cognitiveservices.azure.com")
        || endsWith(host, ".services.ai.azure.com")) {
      return AZURE_OPENAI;
    }
    if (host.equalsIgnoreCase("api.mistral.ai")) {
      return MISTRAL;
    }
    if (host.equalsIgnoreCase("api.deepseek.com")) {
      return DEEPSEEK;
    }
    if (host.equalsIgnoreCase("api.groq.com")) {
      return GROQ;
    }
    if (startsWith(host, "bedrock-runtime.") || startsWith(host, "bedrock-runtime-fips.")) {
      return endsWith(host, ".amazonaws.com") ? BEDROCK : null;
    }
    return host.equalsIgnoreCase("api.x.ai") ? X_AI : null;
  }

  boolean serves(WireFormat format) {
    switch (this) {
      case ANTHROPIC:
        // Anthropic also offers an OpenAI-compatible chat endpoint for the OpenAI SDKs
        return format == WireFormat.ANTHROPIC_MESSAGES || format == WireFormat.OPENAI_CHAT;
      case GEMINI:
      case VERTEX_AI:
        return format.isGemini() || format.isOpenAi(); // both also offer an OpenAI-compatible endpoint
      case X_AI:
        return format.isOpenAi() || format == WireFormat.ANTHROPIC_MESSAGES;
      case BEDROCK:
        return format.isBedrock() || format.isOpenAi(); // Bedrock also serves an OpenAI-compatible chat endpoint
      default:
        return format.isOpenAi();
    }
  }

  /** Azure AI Foundry hosts also serve the model-inference API under {@code /models/...}. */
  String providerName(String path) {
    if (this == AZURE_OPENAI && path.startsWith("/models/")) {
      return AZURE_AI_INFERENCE_PROVIDER;
    }
    return providerName;
  }

  private static boolean startsWith(String host, String prefix) {
    return host.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  private static boolean endsWith(String host, String suffix) {
    return host.length() > suffix.length()
        && host.regionMatches(true, host.length() - suffix.length(), suffix, 0, suffix.length());
  }
}

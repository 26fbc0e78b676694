package io.driftwatch.genai.exchange;


/**
 * What the detector concluded about one outgoing request: who answers it and in which format.
 *
 * @param pathModel the model named by the URL path (Gemini {@code models/{model}:generateContent},
 *     an Azure OpenAI deployment), or null; it is the request model when the body names none
 */
public record LlmEndpoint(String providerName, ApiFormat format, String pathModel) {

  public LlmEndpoint(String providerName, ApiFormat format) {
    this(providerName, format, null);
  }

  public String operationName() {
    return format.operationName();
  }
}

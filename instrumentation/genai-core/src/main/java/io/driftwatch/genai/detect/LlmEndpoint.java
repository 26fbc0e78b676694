package io.driftwatch.genai.detect;

/** What the detector concluded about one outgoing request: who answers it and in which format. */
public record LlmEndpoint(String providerName, WireFormat format) {

  public String operationName() {
    return format.operationName();
  }
}

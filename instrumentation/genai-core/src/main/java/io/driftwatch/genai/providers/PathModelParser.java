package io.driftwatch.genai.providers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Makes the model named by the URL path (Gemini {@code models/{model}:generateContent}, an Azure
 * OpenAI deployment) the request model whenever the body itself names none.
 */
final class PathModelParser implements ProviderParser {

  private final ProviderParser parser;
  private final String pathModel;

  PathModelParser(ProviderParser parser, String pathModel) {
    this.parser = parser;
    this.pathModel = pathModel;
  }

  @Override
  public void readRequest(JsonNode request, GenAiCall call) {
    parser.readRequest(request, call);
    fillModel(call);
  }

  @Override
  public void readResponse(JsonNode response, GenAiCall call) {
    parser.readResponse(response, call);
    fillModel(call);
  }

  @Override
  public void readError(JsonNode error, GenAiCall call) {
    parser.readError(error, call);
    fillModel(call);
  }

  private void fillModel(GenAiCall call) {
    if (call.requestModel == null) {
      call.requestModel = pathModel;
    }
  }
}

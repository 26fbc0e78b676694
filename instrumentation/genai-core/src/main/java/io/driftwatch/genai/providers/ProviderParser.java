package io.driftwatch.genai.providers;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads one wire format. Never sees a transport; never throws on unexpected shapes. */
public interface ProviderParser {

  void readRequest(JsonNode request, GenAiCall call);

  void readResponse(JsonNode response, GenAiCall call);

  /** Reads an error body (any non-2xx answer). */
  void readError(JsonNode error, GenAiCall call);
}

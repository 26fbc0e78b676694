package io.driftwatch.genai.context;

import java.util.List;
import java.util.Map;

/** The runbook metadata of one call, resolved on the calling thread when the call started. */
public record RequestMetadata(Map<MetadataField, String> values, List<FlagEvaluation> flags) {

  public static final RequestMetadata NONE = new RequestMetadata(Map.of(), List.of());

  public String get(MetadataField field) {
    return values.get(field);
  }
}

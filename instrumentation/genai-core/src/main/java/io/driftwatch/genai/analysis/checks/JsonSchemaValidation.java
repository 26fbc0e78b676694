package io.driftwatch.genai.analysis.checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harrel.jsonschema.Error;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.JacksonNode;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates a document against a JSON Schema with a real validator (draft 2020-12 by default).
 * Schemas come from the application's own requests; the validator never fetches remote $refs.
 * Compiled schemas are reused; the validator is replaced when too many distinct ones pile up, so
 * memory stays bounded. Analyzer thread only.
 */
final class JsonSchemaValidation {

  private static final int MAX_SCHEMAS = 256;

  private final ValidatorFactory factory = new ValidatorFactory().withJsonNodeFactory(new JacksonNode.Factory());
  private final Map<JsonNode, URI> registered = new HashMap<>();
  private Validator validator = factory.createValidator();

  /** @return the JSON pointer of the first violation, or null when valid or the schema is unusable */
  String firstViolation(JsonNode schema, JsonNode document) {
    try {
      Validator.Result result = validator.validate(uriOf(schema), document);
      if (result.isValid()) {
        return null;
      }
      List<Error> errors = result.getErrors();
      String location = errors.isEmpty() ? "" : errors.get(0).getInstanceLocation();
      return location == null || location.isEmpty() ? "/" : location;
    } catch (RuntimeException unusableSchema) {
      return null;
    }
  }

  private URI uriOf(JsonNode schema) {
    URI uri = registered.get(schema);
    if (uri == null) {
      if (registered.size() >= MAX_SCHEMAS) {
        registered.clear();
        validator = factory.createValidator();
      }
      uri = validator.registerSchema(schema);
      registered.put(schema, uri);
    }
    return uri;
  }
}

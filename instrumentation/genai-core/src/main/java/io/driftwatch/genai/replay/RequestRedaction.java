package io.driftwatch.genai.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.driftwatch.genai.analysis.content.ContentRedactor;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A request body as the replay set keeps it: the same JSON with every string value passed through
 * the content-capture redactor (so it can still be sent again), and any field whose name says it
 * holds a credential left out. Headers never get here.
 */
public final class RequestRedaction {

  /** Top-level fields some gateways take a key in; deeper down such names are schema properties. */
  private static final Set<String> CREDENTIAL_FIELDS = Set.of("api_key", "apikey", "api-key", "x-api-key",
      "authorization", "access_token");

  private final ContentRedactor redactor;

  public RequestRedaction(ContentRedactor redactor) {
    this.redactor = redactor;
  }

  public JsonNode redact(JsonNode body) {
    if (body == null || !body.isObject()) {
      return redactedCopy(body);
    }
    ObjectNode kept = JsonNodeFactory.instance.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!CREDENTIAL_FIELDS.contains(field.getKey().toLowerCase(Locale.ROOT))) {
        kept.set(field.getKey(), redactedCopy(field.getValue()));
      }
    }
    return kept;
  }

  private JsonNode redactedCopy(JsonNode body) {
    if (body == null) {
      return null;
    }
    if (body.isTextual()) {
      return JsonNodeFactory.instance.textNode(redactor.redact(body.textValue()));
    }
    if (body.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode(body.size());
      for (JsonNode item : body) {
        copy.add(redactedCopy(item));
      }
      return copy;
    }
    if (body.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        copy.set(field.getKey(), redactedCopy(field.getValue()));
      }
      return copy;
    }
    return body.deepCopy();
  }

  public String redact(String text) {
    return redactor.redact(text);
  }
}

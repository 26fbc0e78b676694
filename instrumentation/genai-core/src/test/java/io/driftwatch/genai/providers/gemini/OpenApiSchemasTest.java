package io.driftwatch.genai.providers.gemini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.testing.Transcripts;
import org.junit.jupiter.api.Test;

/** Gemini's OpenAPI-style schemas become JSON Schema the format check can validate with. */
class OpenApiSchemasTest {

  private static JsonNode convert(String json) {
    return OpenApiSchemas.toJsonSchema(Transcripts.parse(json));
  }

  @Test
  void upperCaseTypeNamesAreLowerCasedAtEveryDepth() {
    JsonNode schema = convert("{\"type\":\"OBJECT\",\"properties\":{\"tags\":{\"type\":\"ARRAY\","
        + "\"items\":{\"type\":\"STRING\"}}}}");

    assertEquals("object", schema.path("type").asText());
    assertEquals("array", schema.path("properties").path("tags").path("type").asText());
    assertEquals("string", schema.path("properties").path("tags").path("items").path("type").asText());
  }

  @Test
  void nullableBecomesANullTypeAlternative() {
    JsonNode schema = convert("{\"type\":\"INTEGER\",\"nullable\":true}");

    assertEquals("[\"integer\",\"null\"]", schema.path("type").toString());
    assertFalse(schema.has("nullable"));
  }

  @Test
  void propertiesNamedLikeKeywordsAreKeptAsProperties() {
    JsonNode schema = convert("{\"type\":\"OBJECT\",\"properties\":{\"type\":{\"type\":\"STRING\"},"
        + "\"nullable\":{\"type\":\"BOOLEAN\"}}}");

    assertEquals("string", schema.path("properties").path("type").path("type").asText());
    assertEquals("boolean", schema.path("properties").path("nullable").path("type").asText());
  }

  @Test
  void unspecifiedTypeConstrainsNothing() {
    assertFalse(convert("{\"type\":\"TYPE_UNSPECIFIED\"}").has("type"));
  }

  @Test
  void enumRequiredAndAnyOfAreKept() {
    JsonNode schema = convert("{\"type\":\"STRING\",\"enum\":[\"a\",\"b\"],\"anyOf\":[{\"type\":\"NUMBER\"}],"
        + "\"required\":[\"x\"]}");

    assertEquals("[\"a\",\"b\"]", schema.path("enum").toString());
    assertEquals("number", schema.path("anyOf").path(0).path("type").asText());
    assertEquals("[\"x\"]", schema.path("required").toString());
  }

  @Test
  void somethingThatIsNotAnObjectIsNoSchema() {
    assertNull(convert("\"OBJECT\""));
    assertNull(OpenApiSchemas.toJsonSchema(null));
  }
}

package io.driftwatch.genai.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scanner reads its subset exactly, and declines (throws Unsupported) everything else. */
class JsonScannerTest {

  private final JsonScanner json = new JsonScanner();

  /** Opens {@code {"v": <value>}} and leaves the cursor on the value. */
  private JsonScanner at(String value) throws JsonScanner.Unsupported {
    return atBytes(("{\"v\":" + value + "}").getBytes(StandardCharsets.UTF_8));
  }

  private JsonScanner atBytes(byte[] event) throws JsonScanner.Unsupported {
    byte[] padded = new byte[event.length + 4]; // an offset into a larger array, as the decoder hands over
    System.arraycopy(event, 0, padded, 2, event.length);
    json.reset(padded, 2, event.length);
    json.beginTopObject();
    assertTrue(json.nextField());
    assertTrue(json.nameIs("v"));
    return json;
  }

  private String string(String value) throws JsonScanner.Unsupported {
    StringBuilder to = new StringBuilder("kept:");
    assertTrue(at(value).appendString(to));
    assertFalse(json.nextField());
    return to.substring(5);
  }

  @Test
  void escapesAreDecoded() throws Exception {
    assertEquals("a\"b\\c/d\be\ff\ng\rh\ti", string("\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\""));
    assertEquals("\u00e9\u4e2dA", string("\"\\u00e9\\u4E2d\\u0041\""));
  }

  @Test
  void surrogatePairsDecodeFromEscapesAndFromUtf8Alike() throws Exception {
    assertEquals("\uD83D\uDE00", string("\"\\uD83D\\ude00\""));
    assertEquals("\uD83D\uDE00", string("\"\uD83D\uDE00\"")); // four UTF-8 bytes
    assertEquals("\uD83D", string("\"\\uD83D\"")); // a lone surrogate escape stays one char, as Jackson leaves it
  }

  @Test
  void utf8OfEveryLengthIsDecoded() throws Exception {
    assertEquals("\u00e9\u20ac\uD800\uDF48x", string("\"\u00e9\u20ac\uD800\uDF48x\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "\"a\tb\"", "\"open", "\"\\"})
  void badEscapesControlCharactersAndTruncationAreDeclined(String value) {
    assertThrows(JsonScanner.Unsupported.class, () -> at(value).appendString(new StringBuilder()));
  }

  @Test
  void malformedUtf8IsDeclined() {
    byte[][] bad = {
        {(byte) 0x80}, // a lone continuation byte
        {(byte) 0xC0, (byte) 0xAF}, // overlong
        {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
        {(byte) 0xC3, 'a'}, // a missing continuation
        {(byte) 0xE2, (byte) 0x82}, // truncated by the closing quote
    };
    for (byte[] body : bad) {
      byte[] event = new byte[body.length + 8];
      byte[] head = "{\"v\":\"".getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(head, 0, event, 0, head.length);
      System.arraycopy(body, 0, event, head.length, body.length);
      event[head.length + body.length] = '"';
      event[head.length + body.length + 1] = '}';
      byte[] exact = java.util.Arrays.copyOf(event, head.length + body.length + 2);
      assertThrows(JsonScanner.Unsupported.class, () -> atBytes(exact).skipValue());
    }
  }

  @Test
  void nestedObjectsAndArraysAreSkippedWhole() throws Exception {
    at("{\"a\":[1,{\"b\":[[],{},\"]}\"]},-2.5e+3,true,false,null],\"c\":{}} , \"w\" : 7");
    json.skipValue();
    assertTrue(json.nextField());
    assertTrue(json.nameIs("w"));
    assertEquals(7, json.intValue(-1));
    assertFalse(json.nextField());
  }

  @Test
  void nestingPastTheBoundIsDeclined() {
    String deep = "[".repeat(JsonScanner.MAX_DEPTH) + "]".repeat(JsonScanner.MAX_DEPTH);
    assertThrows(JsonScanner.Unsupported.class, () -> at(deep).skipValue());
  }

  @Test
  void integersAreReadAndOddTypesMapAsJacksonAsIntDoes() throws Exception {
    assertEquals(0, at("0").intValue(9));
    assertEquals(-12, at("-12").intValue(9));
    assertEquals(1, at("true").intValue(9));
    assertEquals(0, at("false").intValue(9));
    assertEquals(9, at("null").intValue(9));
    assertEquals(9, at("[1]").intValue(9));
    assertEquals(9, at("{\"a\":1}").intValue(9));
    assertEquals(123456789012345678L, at("123456789012345678").wholeOrNull());
    assertNull(at("\"5\"").wholeOrNull());
    assertNull(at("{}").wholeOrNull());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "1e3", "1E+3", "3000000000", "1234567890123456789", "\"7\""})
  void numbersInOtherFormsAreLeftToJackson(String value) {
    assertThrows(JsonScanner.Unsupported.class, () -> at(value).intValue(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"01", "-", "-a", "+1", ".5", "1.", "1e", "1e+", "tru", "truex", "nul", "NaN", "'a'",
      "1 2", "[1,]", "[,1]", "{\"a\"}", "{\"a\":1,}", "{,}", "[1 2]"})
  void malformedValuesAreDeclined(String value) {
    assertThrows(JsonScanner.Unsupported.class, () -> {
      at(value).skipValue();
      json.nextField();
    });
  }

  @Test
  void oddFractionsAndExponentsAreSkipped() throws Exception {
    at("[-0, 0.5, 1e10, 2E-3, -1.25e+7]").skipValue();
    assertFalse(json.nextField());
  }

  @Test
  void truncatedEventsAreDeclinedAnywhere() {
    String event = "{\"id\":\"x\",\"choices\":[{\"delta\":{\"content\":\"hi\"}}],\"n\":12}";
    for (int cut = 0; cut < event.length(); cut++) {
      byte[] bytes = event.substring(0, cut).getBytes(StandardCharsets.UTF_8);
      assertThrows(JsonScanner.Unsupported.class, () -> {
        json.reset(bytes, 0, bytes.length);
        json.beginTopObject();
        while (json.nextField()) {
          json.skipValue();
        }
      }, "cut at " + cut);
    }
  }

  @Test
  void namesWithEscapesOrNonAsciiAndTopLevelNonObjectsAreLeftToJackson() {
    assertThrows(JsonScanner.Unsupported.class, () -> atBytes("{\"\\u0076\":1}".getBytes(StandardCharsets.UTF_8)));
    assertThrows(JsonScanner.Unsupported.class, () -> atBytes("{\"v\u00e9\":1}".getBytes(StandardCharsets.UTF_8)));
    for (String event : new String[] {"", "  ", "[]", "\"s\"", "\uFEFF{}", "/*c*/{}"}) {
      byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
      json.reset(bytes, 0, bytes.length);
      assertThrows(JsonScanner.Unsupported.class, json::beginTopObject, event);
    }
  }

  @Test
  void knownStringsAreReturnedAsTheConstantAndOthersCompareInPlace() throws Exception {
    String[] known = {"stop", "length"};
    assertSame(known[1], at("\"length\"").stringOrNull(known));
    assertSame(known[0], at("\"\\u0073top\"").stringOrNull(known));
    assertEquals("other", at("\"other\"").stringOrNull(known));
    assertNull(at("7").stringOrNull(known));
    assertTrue(at("\"input_json_delta\"").stringEquals("input_json_delta"));
    assertFalse(at("\"input_json\"").stringEquals("input_json_delta"));
    assertFalse(at("[\"input_json_delta\"]").stringEquals("input_json_delta"));
    assertTrue(at("\"\"").skipIsString());
    assertFalse(at("null").skipIsString());
  }

  @Test
  void whatFollowsTheTopLevelObjectIsNotRead() throws Exception {
    byte[] bytes = "{\"a\":1} trailing {garbage".getBytes(StandardCharsets.UTF_8);
    json.reset(bytes, 0, bytes.length);
    json.beginTopObject();
    assertTrue(json.nextField());
    json.skipValue();
    assertFalse(json.nextField());
  }
}

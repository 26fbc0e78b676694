package io.driftwatch.genai.providers;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.NumberInput;
import java.io.IOException;

/**
 * Reads the current value of a streaming parser the way {@link Json} reads a tree node, so that
 * streamed folding gives what the tree gave; a container value is skipped.
 */
public final class JsonTokens {

  private JsonTokens() {}

  /** Like {@code Json.text}: the string, else null. */
  public static String text(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    parser.skipChildren();
    return null;
  }

  /** Appends the string value to {@code to} without making a String. @return false (nothing appended) when not a string */
  public static boolean appendText(JsonParser parser, StringBuilder to) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      parser.skipChildren();
      return false;
    }
    to.append(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    return true;
  }

  /** Whether the value is the string {@code expected}, compared in place. */
  public static boolean textEquals(JsonParser parser, String expected) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      parser.skipChildren();
      return false;
    }
    int length = parser.getTextLength();
    if (length != expected.length()) {
      return false;
    }
    char[] chars = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    for (int i = 0; i < length; i++) {
      if (chars[offset + i] != expected.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Like {@code Json.whole}: an integral number that fits a long, else null. */
  public static Long whole(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      if (parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
        return parser.getLongValue();
      }
      java.math.BigInteger big = parser.getBigIntegerValue();
      return big.bitLength() < 64 ? big.longValue() : null;
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      double value = parser.getDoubleValue();
      boolean integral = !Double.isNaN(value) && !Double.isInfinite(value) && value == Math.rint(value);
      return integral && value >= Long.MIN_VALUE && value <= Long.MAX_VALUE ? (long) value : null;
    }
    parser.skipChildren();
    return null;
  }

  /** Like {@code JsonNode.asInt(fallback)}: numbers truncate, numeric strings parse, booleans are 1 or 0. */
  public static int asInt(JsonParser parser, int fallback) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return fallback;
    }
    switch (token) {
      case VALUE_NUMBER_INT:
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? parser.getBigIntegerValue().intValue() : (int) parser.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return (int) parser.getDoubleValue();
      case VALUE_STRING:
        return NumberInput.parseAsInt(parser.getText(), fallback);
      case VALUE_TRUE:
        return 1;
      case VALUE_FALSE:
        return 0;
      default:
        parser.skipChildren();
        return fallback;
    }
  }

  /**
   * Moves to the next element of the current container as a tree iterates it: the items of an
   * array, the field values of an object. Call with the parser on the container's start token.
   *
   * @return false at the container's end
   */
  public static boolean nextElement(JsonParser parser, boolean inObject) throws IOException {
    JsonToken token = parser.nextToken();
    if (inObject && token == JsonToken.FIELD_NAME) {
      token = parser.nextToken();
    }
    if (token == null) {
      throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected end of event");
    }
    return token != JsonToken.END_ARRAY && token != JsonToken.END_OBJECT;
  }
}

package io.driftwatch.genai.providers;

/**
 * A cursor over one stream event's JSON bytes that reads the few fields a chunk needs without
 * allocating: reused per stream, no parser, no context objects, strings decoded straight into the
 * caller's buffer.
 *
 * <p>It accepts a strict subset of what Jackson accepts: well-formed UTF-8, the standard escapes,
 * plain integers where a number is read, ASCII field names without escapes, nesting up to
 * {@link #MAX_DEPTH}. Anything else (a syntax error, truncated input, a fraction where an integer is
 * read, a BOM, odd whitespace) throws {@link Unsupported}, and the caller reads the event again with
 * Jackson: so every result and every error is Jackson's, and this class only has to be right about
 * the inputs it takes. What follows the top-level object is never read, as with Jackson.
 */
public final class JsonScanner {

  /** The input left the scanner's subset; read it with Jackson. Shared and stackless: throwing allocates nothing. */
  public static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    private Unsupported() {
      super("outside the scanner's subset", null, false, false);
    }
  }

  public static final int STRING = 1;
  public static final int NUMBER = 2;
  public static final int OBJECT = 3;
  public static final int ARRAY = 4;
  public static final int TRUE = 5;
  public static final int FALSE = 6;
  public static final int NULL = 7;

  static final int MAX_DEPTH = 64;
  /** Jackson limits names (50,000) and numbers (1,000 digits); far below those, it decides. */
  static final int MAX_NAME_BYTES = 1024;
  static final int MAX_NUMBER_BYTES = 100;
  /** Digits of an integer that surely fits a long; longer ones go to Jackson. */
  private static final int MAX_LONG_DIGITS = 18;
  private static final Unsupported UNSUPPORTED = new Unsupported();

  private byte[] data;
  private int pos;
  private int end;
  private int depth;
  /** A value just ended, so a comma (or the container's end) must come next. */
  private boolean afterValue;
  private int nameStart;
  private int nameEnd;
  /** For comparing a string value that holds escapes. */
  private final StringBuilder scratch = new StringBuilder();

  public void reset(byte[] bytes, int offset, int length) {
    data = bytes;
    pos = offset;
    end = offset + length;
    depth = 0;
    afterValue = false;
    if (scratch.capacity() > 1024) {
      scratch.setLength(0);
      scratch.trimToSize();
    }
  }

  /** Opens the event's top-level object; anything else is Jackson's to judge. */
  public void beginTopObject() throws Unsupported {
    whitespace();
    beginObject();
  }

  /** The kind of the value at the cursor (one of the constants above), without moving. */
  public int kind() throws Unsupported {
    switch (peek()) {
      case '"':
        return STRING;
      case '{':
        return OBJECT;
      case '[':
        return ARRAY;
      case 't':
        return TRUE;
      case 'f':
        return FALSE;
      case 'n':
        return NULL;
      case '-': case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
        return NUMBER;
      default:
        throw UNSUPPORTED;
    }
  }

  public void beginObject() throws Unsupported {
    open('{');
  }

  public void beginArray() throws Unsupported {
    open('[');
  }

  private void open(char bracket) throws Unsupported {
    if (peek() != bracket || ++depth > MAX_DEPTH) {
      throw UNSUPPORTED;
    }
    pos++;
    afterValue = false;
  }

  /**
   * Moves to the next member of the object being read and past its name and colon.
   *
   * @return false at the object's end (consumed)
   */
  public boolean nextField() throws Unsupported {
    if (atEnd('}')) {
      return false;
    }
    if (peek() != '"') {
      throw UNSUPPORTED;
    }
    pos++;
    nameStart = pos;
    while (true) {
      int b = peek();
      if (b == '"') {
        break;
      }
      if (b < 0x20 || b >= 0x80 || b == '\\' || pos - nameStart >= MAX_NAME_BYTES) {
        throw UNSUPPORTED; // escaped, non-ASCII or huge names are rare: Jackson reads them
      }
      pos++;
    }
    nameEnd = pos++;
    whitespace();
    if (peek() != ':') {
      throw UNSUPPORTED;
    }
    pos++;
    whitespace();
    return true;
  }

  /**
   * Moves to the next item of the array being read.
   *
   * @return false at the array's end (consumed)
   */
  public boolean nextElement() throws Unsupported {
    if (atEnd(']')) {
      return false;
    }
    afterValue = false;
    return true;
  }

  /** Consumes the container's closing bracket or the comma before its next member. */
  private boolean atEnd(char bracket) throws Unsupported {
    whitespace();
    int b = peek();
    if (b == bracket) {
      pos++;
      depth--;
      afterValue = true;
      return true;
    }
    if (afterValue) {
      if (b != ',') {
        throw UNSUPPORTED;
      }
      pos++;
      whitespace();
    }
    afterValue = false;
    return false;
  }

  /** Whether the member just reached is named {@code ascii}. */
  public boolean nameIs(String ascii) {
    int length = nameEnd - nameStart;
    if (length != ascii.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (data[nameStart + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Skips the value at the cursor, checking it as Jackson would. */
  public void skipValue() throws Unsupported {
    switch (kind()) {
      case STRING:
        string(null);
        return;
      case NUMBER:
        number(false);
        return;
      case OBJECT:
        beginObject();
        while (nextField()) {
          skipValue();
        }
        return;
      case ARRAY:
        beginArray();
        while (nextElement()) {
          skipValue();
        }
        return;
      case TRUE:
        literal("true");
        return;
      case FALSE:
        literal("false");
        return;
      default:
        literal("null");
    }
  }

  /** Like {@code JsonTokens.appendText}: appends a string's characters. @return false (value skipped) when not a string */
  public boolean appendString(StringBuilder to) throws Unsupported {
    if (kind() != STRING) {
      skipValue();
      return false;
    }
    string(to);
    return true;
  }

  /** Like {@code JsonTokens.text}: the string (a new String), else null. */
  public String stringOrNull() throws Unsupported {
    return stringOrNull(null);
  }

  /** The string, as the equal one of {@code known} when there is one (no new String), else null when not a string. */
  public String stringOrNull(String[] known) throws Unsupported {
    if (!appendScratch()) {
      return null;
    }
    if (known != null) {
      for (String candidate : known) {
        if (scratchEquals(candidate)) {
          return candidate;
        }
      }
    }
    return scratch.toString();
  }

  /** Like {@code JsonTokens.textEquals}: whether the value is the string {@code expected}. */
  public boolean stringEquals(String expected) throws Unsupported {
    return appendScratch() && scratchEquals(expected);
  }

  /** Whether the value is a string (consumed either way), without decoding it. */
  public boolean skipIsString() throws Unsupported {
    boolean string = kind() == STRING;
    skipValue();
    return string;
  }

  private boolean appendScratch() throws Unsupported {
    scratch.setLength(0);
    return appendString(scratch);
  }

  private boolean scratchEquals(String candidate) {
    if (scratch.length() != candidate.length()) {
      return false;
    }
    for (int i = 0; i < candidate.length(); i++) {
      if (scratch.charAt(i) != candidate.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Like {@code JsonTokens.asInt}: an integer as is, true 1, false 0, anything else but a number
   * or string {@code fallback}. Fractions, numeric strings and integers past an int go to Jackson.
   */
  public int intValue(int fallback) throws Unsupported {
    switch (kind()) {
      case NUMBER:
        long value = number(true);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
          throw UNSUPPORTED;
        }
        return (int) value;
      case STRING:
        throw UNSUPPORTED;
      case TRUE:
        literal("true");
        return 1;
      case FALSE:
        literal("false");
        return 0;
      default:
        skipValue();
        return fallback;
    }
  }

  /** Like {@code JsonTokens.whole}: an integer (up to 18 digits; longer or fractional ones go to Jackson), else null. */
  public Long wholeOrNull() throws Unsupported {
    if (kind() == NUMBER) {
      return number(true);
    }
    skipValue();
    return null;
  }

  /**
   * Reads a number as JSON writes it. @return its value when {@code integral} (then a fraction,
   * exponent or more than 18 digits is unsupported); 0 when only checked
   */
  private long number(boolean integral) throws Unsupported {
    int start = pos;
    boolean negative = peek() == '-';
    if (negative) {
      pos++;
    }
    long value = 0;
    int digitsStart = pos;
    int first = peek();
    if (first == '0') {
      pos++;
    } else if (first >= '1' && first <= '9') {
      while (pos < end && data[pos] >= '0' && data[pos] <= '9') {
        value = value * 10 + (data[pos++] - '0');
        if (pos - digitsStart > MAX_LONG_DIGITS && integral || pos - start > MAX_NUMBER_BYTES) {
          throw UNSUPPORTED;
        }
      }
    } else {
      throw UNSUPPORTED;
    }
    if (pos < end && (data[pos] == '.' || data[pos] == 'e' || data[pos] == 'E')) {
      if (integral) {
        throw UNSUPPORTED; // Jackson's rules for fractions (truncate, or null unless integral) apply
      }
      if (data[pos] == '.') {
        pos++;
        digits(start);
      }
      if (pos < end && (data[pos] == 'e' || data[pos] == 'E')) {
        pos++;
        if (pos < end && (data[pos] == '+' || data[pos] == '-')) {
          pos++;
        }
        digits(start);
      }
    }
    afterValue = true;
    return negative ? -value : value;
  }

  /** One or more digits. */
  private void digits(int numberStart) throws Unsupported {
    int from = pos;
    while (pos < end && data[pos] >= '0' && data[pos] <= '9') {
      pos++;
    }
    if (pos == from || pos - numberStart > MAX_NUMBER_BYTES) {
      throw UNSUPPORTED;
    }
  }

  private void literal(String word) throws Unsupported {
    if (end - pos < word.length()) {
      throw UNSUPPORTED;
    }
    for (int i = 0; i < word.length(); i++) {
      if (data[pos + i] != word.charAt(i)) {
        throw UNSUPPORTED;
      }
    }
    pos += word.length();
    afterValue = true;
  }

  /** Reads the string at the cursor, decoding into {@code to} (or only checking, when null). */
  private void string(StringBuilder to) throws Unsupported {
    pos++; // the opening quote
    while (true) {
      if (pos >= end) {
        throw UNSUPPORTED;
      }
      int b = data[pos++] & 0xFF;
      if (b == '"') {
        afterValue = true;
        return;
      }
      if (b == '\\') {
        char c = escape();
        if (to != null) {
          to.append(c);
        }
      } else if (b < 0x20) {
        throw UNSUPPORTED; // a raw control character: Jackson rejects it
      } else if (b < 0x80) {
        if (to != null) {
          to.append((char) b);
        }
      } else {
        utf8(b, to);
      }
    }
  }

  private char escape() throws Unsupported {
    if (pos >= end) {
      throw UNSUPPORTED;
    }
    switch (data[pos++]) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case '/':
        return '/';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        if (end - pos < 4) {
          throw UNSUPPORTED;
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
          value = value << 4 | hex(data[pos++]);
        }
        return (char) value; // a lone surrogate stays one char, as Jackson leaves it
      default:
        throw UNSUPPORTED;
    }
  }

  private static int hex(byte b) throws Unsupported {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    throw UNSUPPORTED;
  }

  /** One well-formed UTF-8 sequence after its lead byte; overlong forms, surrogates and the like go to Jackson. */
  private void utf8(int lead, StringBuilder to) throws Unsupported {
    int extra;
    int min;
    int codePoint;
    if (lead >= 0xC2 && lead <= 0xDF) {
      extra = 1;
      min = 0x80;
      codePoint = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      extra = 2;
      min = 0x800;
      codePoint = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      extra = 3;
      min = 0x10000;
      codePoint = lead & 0x07;
    } else {
      throw UNSUPPORTED;
    }
    if (end - pos < extra) {
      throw UNSUPPORTED;
    }
    for (int i = 0; i < extra; i++) {
      int next = data[pos++] & 0xFF;
      if ((next & 0xC0) != 0x80) {
        throw UNSUPPORTED;
      }
      codePoint = codePoint << 6 | (next & 0x3F);
    }
    if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
      throw UNSUPPORTED;
    }
    if (to == null) {
      return;
    }
    if (codePoint < 0x10000) {
      to.append((char) codePoint);
    } else {
      to.append(Character.highSurrogate(codePoint)).append(Character.lowSurrogate(codePoint));
    }
  }

  private int peek() throws Unsupported {
    if (pos >= end) {
      throw UNSUPPORTED; // truncated: Jackson reports it
    }
    return data[pos] & 0xFF;
  }

  private void whitespace() {
    while (pos < end) {
      byte b = data[pos];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return;
      }
      pos++;
    }
  }
}

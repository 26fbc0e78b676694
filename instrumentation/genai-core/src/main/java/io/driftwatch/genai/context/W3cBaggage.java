package io.driftwatch.genai.context;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reads a W3C {@code baggage} header: comma-separated {@code key=value;properties}, values percent-encoded. */
final class W3cBaggage {

  private static final int MAX_HEADER_CHARS = 8192;

  private W3cBaggage() {}

  static Map<String, String> parse(String header) {
    Map<String, String> entries = new HashMap<>();
    if (header == null || header.length() > MAX_HEADER_CHARS) {
      return entries;
    }
    for (String member : header.split(",")) {
      int semicolon = member.indexOf(';');
      String pair = semicolon >= 0 ? member.substring(0, semicolon) : member;
      int equals = pair.indexOf('=');
      if (equals > 0) {
        try {
          entries.put(pair.substring(0, equals).trim(),
              URLDecoder.decode(pair.substring(equals + 1).trim(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException badEncoding) {
          // skip this member only
        }
      }
    }
    return entries;
  }
}

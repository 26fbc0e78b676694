package io.driftwatch.genai.util;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place text from outside the agent (a provider's answer, an exception message, a URL) is
 * made fit for telemetry: query strings and fragments are cut off every URL in it (they carry API
 * keys such as Gemini's {@code ?key=}), and its length is capped.
 */
public final class TelemetryText {

  /** Cap for exception messages and provider free text in span status and attributes. */
  public static final int MAX_MESSAGE_CHARS = 256;
  /** Appended to a value cut at its cap. */
  public static final String ELLIPSIS = "...";

  /** A URL with a scheme (http, https, ws, ...): what follows '?' or '#' up to a space or quote is dropped. */
  private static final Pattern URL_QUERY =
      Pattern.compile("(?i)(\\b[a-z][a-z0-9+.-]{1,15}://[^\\s?#\"'<>]*)[?#][^\\s\"'<>]*");
  /** Query-string parameters that carry credentials, outside a URL (e.g. "key=AIza..." alone). */
  private static final Pattern SECRET_PARAMETER = Pattern.compile(
      "(?i)\\b(key|api[_-]?key|access[_-]?token|token|sig|signature|x-amz-signature|x-amz-credential|secret"
          + "|password)=[^\\s&\"'<>]+");

  private TelemetryText() {}

  /** {@code url} without its query string and fragment; null stays null. */
  public static String withoutQuery(String url) {
    if (url == null) {
      return null;
    }
    int cut = firstOf(url, '?', '#');
    return cut < 0 ? url : url.substring(0, cut);
  }

  /** Every URL inside {@code text} stripped of its query string and fragment, and credential parameters masked. */
  public static String stripQueries(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String stripped = text.indexOf("://") < 0 ? text : URL_QUERY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    return text.indexOf('=') < 0 ? stripped
        : SECRET_PARAMETER.matcher(stripped).replaceAll(m -> Matcher.quoteReplacement(m.group(1)) + "=[REDACTED]");
  }

  /** {@code text} cut to {@code maxChars} (the cut marked with "..."), never splitting a surrogate pair. */
  public static String cap(String text, int maxChars) {
    if (text == null || text.length() <= maxChars) {
      return text;
    }
    int keep = Math.max(0, maxChars - ELLIPSIS.length());
    if (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
      keep--;
    }
    return text.substring(0, keep) + ELLIPSIS;
  }

  /**
   * What a failure may say in telemetry: its message with URLs stripped of queries and capped, or
   * its class name when it has no message. The message is cut before it is searched, so a huge
   * message costs no more than a short one.
   */
  public static String failureMessage(Throwable failure) {
    if (failure == null) {
      return null;
    }
    String message = failure.getMessage();
    if (message == null || message.isBlank()) {
      return failure.getClass().getName();
    }
    // keep a margin past the cap so a URL cut at the cap is still recognised and stripped
    String head = message.length() > 4 * MAX_MESSAGE_CHARS ? message.substring(0, 4 * MAX_MESSAGE_CHARS) : message;
    return cap(stripQueries(head), MAX_MESSAGE_CHARS);
  }

  private static int firstOf(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}

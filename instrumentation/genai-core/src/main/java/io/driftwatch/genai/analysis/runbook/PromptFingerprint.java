package io.driftwatch.genai.analysis.runbook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * A stable identity for a prompt TEMPLATE: the instructions and tool definitions with their
 * variable parts (quoted values, emails, URLs, ids, dates, numbers, whitespace) normalised away,
 * hashed. Different user input keeps the fingerprint; an edited instruction changes it.
 */
public final class PromptFingerprint {

  private static final Pattern[] VARIABLE_PARTS = {
    Pattern.compile("\"[^\"]{0,200}\"|'[^'\\n]{0,200}'|“[^”]{0,200}”"),
    Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"),
    Pattern.compile("https?://\\S+"),
    Pattern.compile("\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b"),
    Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?\\b"),
    Pattern.compile("\\b(?=[0-9a-zA-Z_-]*\\d)[0-9a-zA-Z_-]{12,}\\b"),
    Pattern.compile("\\d+([.,]\\d+)*"),
  };
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final int HEX_CHARS = 12;

  private PromptFingerprint() {}

  /** @return a 12-hex-character fingerprint, or null when there is no template (no instructions, no tools) */
  public static String of(String template) {
    if (template == null || template.isBlank()) {
      return null;
    }
    return hash(normalise(template));
  }

  static String normalise(String template) {
    String text = template;
    for (Pattern variable : VARIABLE_PARTS) {
      text = variable.matcher(text).replaceAll("\u2400");
    }
    return WHITESPACE.matcher(text).replaceAll(" ").trim();
  }

  private static String hash(String normalised) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(HEX_CHARS);
      for (int i = 0; i < HEX_CHARS / 2; i++) {
        hex.append(Character.forDigit((digest[i] >> 4) & 0xF, 16)).append(Character.forDigit(digest[i] & 0xF, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}

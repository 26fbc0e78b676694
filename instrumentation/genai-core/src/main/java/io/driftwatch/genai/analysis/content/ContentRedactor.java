package io.driftwatch.genai.analysis.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets and personal data from captured prompt and completion text before it leaves
 * the process: API keys and tokens, emails, card numbers (Luhn-checked), phone numbers, plus any
 * patterns the user adds. Each match becomes {@code [REDACTED:kind]}.
 */
public final class ContentRedactor {

  private record Rule(String kind, Pattern pattern) {}

  private static final Pattern CARD_CANDIDATE = Pattern.compile("(?<![\\d-])(?:\\d[ -]?){12,18}\\d(?![\\d-])");

  private final List<Rule> rules = new ArrayList<>();

  /** The built-in rules only: for provider free text and exception messages that reach span status. */
  public static final ContentRedactor BUILT_IN = new ContentRedactor(List.of());

  public ContentRedactor(List<Pattern> extraPatterns) {
    rules.add(new Rule("api_key", Pattern.compile(
        "\\b(?:sk-(?:ant-|proj-)?[A-Za-z0-9_-]{16,}|AIza[0-9A-Za-z_-]{30,}|AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}"
            + "|xox[abpr]-[A-Za-z0-9-]{10,})")));
    rules.add(new Rule("token", Pattern.compile("(?i)\\bbearer\\s+[A-Za-z0-9._~+/-]{8,}=*")));
    rules.add(new Rule("email", Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}")));
    rules.add(new Rule("phone", Pattern.compile(
        "(?<![\\w+])(?:\\+\\d{1,3}[ .-]?)?\\(?\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4}(?!\\w)|\\+\\d{1,3}(?:[ .-]?\\d{2,4}){3,5}(?!\\w)")));
    for (Pattern extra : extraPatterns) {
      rules.add(new Rule("custom", extra));
    }
  }

  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String redacted = redactCards(text);
    for (Rule rule : rules) {
      redacted = rule.pattern.matcher(redacted).replaceAll("[REDACTED:" + rule.kind + "]");
    }
    return redacted;
  }

  private static String redactCards(String text) {
    Matcher matcher = CARD_CANDIDATE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String digits = matcher.group().replaceAll("[ -]", "");
      matcher.appendReplacement(out, passesLuhn(digits) ? "[REDACTED:card]" : Matcher.quoteReplacement(matcher.group()));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  static boolean passesLuhn(String digits) {
    if (digits.length() < 13 || digits.length() > 19) {
      return false;
    }
    int sum = 0;
    boolean doubleIt = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubleIt) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
  }
}

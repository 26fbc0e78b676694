package io.driftwatch.genai.analysis.checks;

import io.driftwatch.genai.config.ConfigException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Phrases that open a refusal, in several languages (shipped in refusal-lexicon.txt), plus any
 * the user adds from a file. Matched case-insensitively against the opening of the answer only:
 * a refusal leads, and a long answer that merely quotes one is not a refusal.
 */
public final class RefusalLexicon {

  static final int OPENING_CHARS = 300;
  private static final String DEFAULTS = "refusal-lexicon.txt";

  private final List<String> phrases;

  RefusalLexicon(List<String> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  public static RefusalLexicon load(String configKey, String userFile) {
    List<String> phrases = new ArrayList<>();
    try (InputStream in = RefusalLexicon.class.getResourceAsStream(DEFAULTS)) {
      readPhrases(in, phrases);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the shipped refusal lexicon", e);
    }
    if (userFile != null && !userFile.isBlank()) {
      try (InputStream in = Files.newInputStream(Path.of(userFile.trim()))) {
        readPhrases(in, phrases);
      } catch (IOException | RuntimeException e) {
        throw new ConfigException(configKey, "cannot read refusal phrases from '" + userFile + "': " + e.getMessage());
      }
    }
    return new RefusalLexicon(phrases);
  }

  private static void readPhrases(InputStream in, List<String> into) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = reader.readLine()) != null; ) {
      String phrase = normalise(line);
      if (!phrase.isEmpty() && !phrase.startsWith("#")) {
        into.add(phrase);
      }
    }
  }

  public boolean matches(String answerOpening) {
    String opening = normalise(answerOpening.length() > OPENING_CHARS
        ? answerOpening.substring(0, OPENING_CHARS) : answerOpening);
    for (String phrase : phrases) {
      if (opening.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, curly apostrophes straightened, whitespace runs collapsed (by hand: this runs on every answer). */
  static String normalise(String text) {
    String lower = text.trim().toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean inWhitespace = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isWhitespace(c)) {
        inWhitespace = true;
        continue;
      }
      if (inWhitespace) {
        out.append(' ');
        inWhitespace = false;
      }
      out.append(c == '\u2019' ? '\'' : c);
    }
    return out.toString();
  }
}

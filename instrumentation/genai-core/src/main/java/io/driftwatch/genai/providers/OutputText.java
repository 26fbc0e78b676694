package io.driftwatch.genai.providers;

/**
 * The answer text, kept up to a bound for the behavioral checks; its full length is counted even
 * past the bound. Never exported unless content capture is switched on.
 */
public final class OutputText {

  static final int MAX_KEPT_CHARS = 256 * 1024;

  private final StringBuilder kept = new StringBuilder();
  private long length;
  private boolean overflowed;

  public void append(CharSequence text) {
    if (text == null) {
      return;
    }
    length += text.length();
    int room = MAX_KEPT_CHARS - kept.length();
    if (room >= text.length()) {
      kept.append(text);
    } else {
      kept.append(text, 0, Math.max(room, 0));
      overflowed = true;
    }
  }

  /** Characters of answer text, including any beyond the kept bound. */
  public long length() {
    return length;
  }

  public boolean isComplete() {
    return !overflowed;
  }

  public String text() {
    return kept.toString();
  }

  /** The first {@code max} characters, for checks that only look at the opening. */
  public String opening(int max) {
    return kept.length() <= max ? kept.toString() : kept.substring(0, max);
  }
}

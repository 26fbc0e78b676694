package io.driftwatch.genai.analysis.checks;

/** What the behavioral checks concluded about one call. Null means "not checked". */
public final class Findings {

  public Boolean refusal;
  public String refusalSource;
  public Boolean formatCompliant;
  public String formatViolation;
  public String formatViolationPath;
  public long outputLength;
  public boolean emptyOutput;
  public boolean truncated;
  public boolean duplicateOutput;
}

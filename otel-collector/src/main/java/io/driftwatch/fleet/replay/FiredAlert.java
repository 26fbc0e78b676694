package io.driftwatch.fleet.replay;

/**
 * An alert of the real rules that fired during a replay: when it first fired, in minutes after the
 * fault's onset (negative: it fired during the normal traffic before, which is noise).
 */
public record FiredAlert(String name, String severity, String triageDomain, String signal, double minutesAfterOnset) {

  public boolean isPage() {
    return "page".equals(severity);
  }

  public boolean isTicket() {
    return "ticket".equals(severity);
  }

  /** "LlmErrorBudgetBurn (page, provider) after 4 min". */
  public String describe() {
    return name + (signal.isEmpty() ? "" : "/" + signal) + " (" + severity
        + (triageDomain.isEmpty() ? "" : ", " + triageDomain) + ") "
        + (minutesAfterOnset < 0 ? Math.round(-minutesAfterOnset) + " min BEFORE the onset"
            : "after " + Math.round(minutesAfterOnset) + " min");
  }
}

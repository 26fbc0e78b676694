package io.driftwatch.samples.drill;

import io.driftwatch.samples.standin.ProviderStandIn;
import io.driftwatch.samples.standin.RecordedRequest;
import java.io.PrintStream;
import java.util.List;

/**
 * Makes the calls of one phase, one at a time: the provider script queues the answer, then the app
 * is asked one question. Every third call asks for structured output. Prints a progress bar of at
 * most 20 dots.
 */
final class PhaseDriver {

  private static final int PROGRESS_DOTS = 20;
  private static final int CHARS_PER_TOKEN = 4;

  private final AppProcess app;
  private final ProviderStandIn standIn;
  private final PrintStream out;
  private boolean structured;

  PhaseDriver(AppProcess app, ProviderStandIn standIn, PrintStream out) {
    this.app = app;
    this.standIn = standIn;
    this.out = out;
  }

  /**
   * Calls answered by the stand-in's defaults, to get the app's first calls out of the way and to
   * give both kinds of request a size to estimate from; the last one is structured.
   */
  void warmUp(int calls) {
    for (int i = 0; i < calls; i++) {
      setStructured(i == calls - 1);
      app.call();
    }
  }

  void run(String label, int calls, ProviderScript script, double bandOffset) {
    long started = System.nanoTime();
    out.printf("   %-9s", label);
    script.begin(standIn);
    int dotEvery = Math.max(1, (calls + PROGRESS_DOTS - 1) / PROGRESS_DOTS);
    for (int i = 0; i < calls; i++) {
      setStructured(i % 3 == 2);
      script.beforeCall(new ProviderScript.PlannedCall(i, structured, lastPromptTokens(structured), bandOffset), standIn);
      app.call();
      if ((i + 1) % dotEvery == 0) {
        out.print('.');
        out.flush();
      }
    }
    out.printf(" %d calls, %.1f s%n", calls, (System.nanoTime() - started) / 1e9);
  }

  private void setStructured(boolean on) {
    if (on != structured) {
      app.command(on ? "structured on" : "structured off");
      structured = on;
    }
  }

  /**
   * What a provider would count as the prompt of the coming call, by the stand-in's own rule (four
   * characters of request body a token). The request is not sent yet, so the last chat request of
   * the same kind (structured or not) stands for it: such calls differ only by question.
   */
  private int lastPromptTokens(boolean structured) {
    List<RecordedRequest> requests = standIn.requests();
    for (int i = requests.size() - 1; i >= 0; i--) {
      RecordedRequest request = requests.get(i);
      if (request.path().endsWith("/chat/completions")
          && request.bodyText().contains("\"response_format\"") == structured) {
        return Math.max(1, request.bodyText().length() / CHARS_PER_TOKEN);
      }
    }
    return 1;
  }
}

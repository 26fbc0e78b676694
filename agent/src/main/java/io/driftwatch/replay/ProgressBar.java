package io.driftwatch.replay;

import java.io.PrintStream;

/**
 * Progress on stderr: on a terminal a bar redrawn in place, otherwise (CI logs, pipes) one plain
 * line per tenth of the work, so logs stay readable.
 */
final class ProgressBar {

  private static final int WIDTH = 30;

  private final PrintStream err;
  private final int total;
  private final boolean terminal;
  private int lastTenth = -1;

  ProgressBar(PrintStream err, int total, boolean terminal) {
    this.err = err;
    this.total = Math.max(1, total);
    this.terminal = terminal;
  }

  void advance(int done, String label) {
    if (terminal) {
      int filled = done * WIDTH / total;
      err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + label
          + "        ");
      if (done == total) {
        err.println();
      }
    } else {
      int tenth = done * 10 / total;
      if (tenth != lastTenth) {
        lastTenth = tenth;
        err.println("replay: " + done + "/" + total + " calls");
      }
    }
    err.flush();
  }
}

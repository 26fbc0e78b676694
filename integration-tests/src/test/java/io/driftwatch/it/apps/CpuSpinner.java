package io.driftwatch.it.apps;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps {@code args[0]} threads busy until its stdin closes or {@code args[1]} seconds pass,
 * whichever comes first: a second process that loads the CPU while a test runs.
 */
public final class CpuSpinner {

  private static volatile boolean stop;
  private static volatile long sink;

  private CpuSpinner() {}

  public static void main(String[] args) throws Exception {
    int threads = Integer.parseInt(args[0]);
    long deadline = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
    List<Thread> spinners = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread spinner = new Thread(() -> {
        long x = 1;
        while (!stop && System.nanoTime() < deadline) {
          for (int j = 0; j < 100_000; j++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
          }
          sink = x;
        }
      }, "spinner-" + i);
      spinner.setDaemon(true);
      spinner.start();
      spinners.add(spinner);
    }
    System.out.println("spinning");
    System.out.flush();
    Thread watcher = new Thread(() -> {
      try {
        while (System.in.read() != -1) {
          // until the test closes stdin
        }
      } catch (Exception closed) {
        // parent gone
      }
      stop = true;
    });
    watcher.setDaemon(true);
    watcher.start();
    for (Thread spinner : spinners) {
      spinner.join();
    }
  }
}

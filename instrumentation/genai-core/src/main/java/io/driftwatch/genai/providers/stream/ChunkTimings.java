package io.driftwatch.genai.providers.stream;

import java.util.List;

/**
 * Time to first chunk and the time between chunks, kept as bucket counts and per-bucket sums so
 * memory is fixed however long the stream. Replaying each bucket as {@code count} values of its
 * mean later reproduces count, sum and bucket placement exactly.
 */
public final class ChunkTimings {

  /** The conventions' advice for the client's per-chunk histogram, which replays these buckets. */
  public static final List<Double> BUCKETS = List.of(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12,
      10.24, 20.48, 40.96, 81.92);

  private final long startNanoTime;
  private final long[] counts = new long[BUCKETS.size() + 1];
  private final double[] sums = new double[BUCKETS.size() + 1];
  private long firstChunkNanoTime;
  private long lastChunkNanoTime;
  private long chunks;

  ChunkTimings(long startNanoTime) {
    this.startNanoTime = startNanoTime;
  }

  void onChunk(long nowNanoTime) {
    chunks++;
    if (firstChunkNanoTime == 0) {
      firstChunkNanoTime = nowNanoTime;
    } else {
      double seconds = (nowNanoTime - lastChunkNanoTime) / 1e9;
      int bucket = 0;
      while (bucket < BUCKETS.size() && seconds > BUCKETS.get(bucket)) {
        bucket++;
      }
      counts[bucket]++;
      sums[bucket] += seconds;
    }
    lastChunkNanoTime = nowNanoTime;
  }

  public long chunks() {
    return chunks;
  }

  /** Seconds from sending the request to the first chunk, or -1 when none arrived. */
  public double timeToFirstChunkSeconds() {
    return firstChunkNanoTime == 0 ? -1 : (firstChunkNanoTime - startNanoTime) / 1e9;
  }

  /** Replays the per-chunk intervals: {@code recorder} gets (value, times) per non-empty bucket. */
  public void replayIntervals(IntervalRecorder recorder) {
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        recorder.record(sums[i] / counts[i], counts[i]);
      }
    }
  }

  /** Receives replayed intervals. */
  @FunctionalInterface
  public interface IntervalRecorder {
    void record(double seconds, long times);
  }
}

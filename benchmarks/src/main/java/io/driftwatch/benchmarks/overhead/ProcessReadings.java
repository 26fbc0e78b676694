package io.driftwatch.benchmarks.overhead;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;

/** What the JVM reports about itself: heap, metaspace and loaded classes. */
final class ProcessReadings {

  private ProcessReadings() {}

  /** Heap in use after a full collection, so garbage does not count. */
  static long heapUsedAfterGcBytes() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static long metaspaceUsedBytes() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getName().equals("Metaspace")) {
        return pool.getUsage().getUsed();
      }
    }
    return -1;
  }

  static long loadedClasses() {
    return ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
  }
}

package org.skillgap.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/** The heap figures of a row: its peak, its highest live use, and what it leaves behind. */
final class HeapWatch {
  private HeapWatch() {}

  private static final long MB = 1024 * 1024;

  /** Highest heap use seen right after any garbage collection since the last reset. */
  private static final AtomicLong LIVE_PEAK = new AtomicLong();

  static {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((n, handback) -> afterGc(n), null, null);
    }
  }

  /** Starts a row: the peaks seen so far are forgotten. */
  static void reset() {
    LIVE_PEAK.set(0);
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since the reset. */
  static long peakMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum / MB;
  }

  static long livePeakMb() {
    return LIVE_PEAK.get() / MB;
  }

  /** The heap in use now. */
  static long usedMb() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
  }

  private static void afterGc(Notification notification) {
    if (!notification
        .getType()
        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long used = 0;
    for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      // The heap only: class metadata and compiled code are no row's data.
      if (!e.getKey().contains("Metaspace")
          && !e.getKey().contains("CodeHeap")
          && !e.getKey().contains("Compressed Class")) {
        used += e.getValue().getUsed();
      }
    }
    LIVE_PEAK.accumulateAndGet(used, Math::max);
  }
}

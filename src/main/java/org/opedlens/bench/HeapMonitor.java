package org.opedlens.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the heap of this JVM (in local mode: driver and executor in one) while a run goes on, two ways:
 * <ul>
 *   <li>{@code peakAfterGcBytes}: the largest heap still in use right after a garbage collection, from the GC
 *       notifications. That is the live data the run needs (what -Xmx must hold), not garbage waiting for a GC.
 *   <li>{@code peakUsedBytes}: the largest heap in use at any 50 ms poll, garbage included; it grows towards -Xmx
 *       whatever the run needs, because collectors only collect when they must.
 * </ul>
 */
public final class HeapMonitor implements AutoCloseable {
  private static final long POLL_MILLIS = 50;

  private final AtomicLong peakAfterGc = new AtomicLong();
  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onGc;
  private final Set<String> heapPools = new HashSet<>();
  private final Thread poller;
  private volatile boolean running = true;

  public HeapMonitor() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
    poller = new Thread(this::poll, "opedlens-heap-monitor");
    poller.setDaemon(true);
    poller.start();
  }

  private void onGc(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
    long used = 0;
    // Non-heap pools (metaspace, code cache) are in the map too: count heap pools only.
    for (Map.Entry<String, MemoryUsage> pool : info.getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        used += pool.getValue().getUsed();
      }
    }
    collections.incrementAndGet();
    peakAfterGc.accumulateAndGet(used, Math::max);
  }

  private void poll() {
    var memory = ManagementFactory.getMemoryMXBean();
    while (running) {
      peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  public long peakAfterGcBytes() {
    return peakAfterGc.get();
  }

  public long peakUsedBytes() {
    return peakUsed.get();
  }

  public long collections() {
    return collections.get();
  }

  /** The -Xmx in force (Runtime.maxMemory). */
  public static long maxHeapBytes() {
    return Runtime.getRuntime().maxMemory();
  }

  @Override
  public void close() {
    running = false;
    poller.interrupt();
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (javax.management.ListenerNotFoundException e) {
        // already gone
      }
    }
  }
}

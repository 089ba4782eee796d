package io.shiftleft.monitor.tracking;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;

/** Measures one cycle on its thread: wall time, CPU time and allocated bytes. */
final class CycleMeter {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long startNanos;
    private final long startCpu;
    private final long startAllocated;

    private CycleMeter(long startNanos, long startCpu, long startAllocated) {
        this.startNanos = startNanos;
        this.startCpu = startCpu;
        this.startAllocated = startAllocated;
    }

    static CycleMeter start() {
        return new CycleMeter(System.nanoTime(), cpu(), allocated());
    }

    CycleCompleted done(
            String environment, Instant at, int listed, int changes, int events, String error) {
        long cpu = cpu();
        long allocated = allocated();
        return new CycleCompleted(
                environment,
                at,
                listed,
                changes,
                events,
                Duration.ofNanos(System.nanoTime() - startNanos),
                cpu < 0 || startCpu < 0 ? -1 : cpu - startCpu,
                allocated < 0 || startAllocated < 0 ? -1 : allocated - startAllocated,
                error);
    }

    private static long cpu() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    private static long allocated() {
        if (THREADS instanceof com.sun.management.ThreadMXBean sun
                && sun.isThreadAllocatedMemorySupported()
                && sun.isThreadAllocatedMemoryEnabled()) {
            return sun.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }
}

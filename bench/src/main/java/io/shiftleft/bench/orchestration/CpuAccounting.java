package io.shiftleft.bench.orchestration;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Where the machine's CPU went during a run, from Linux's {@code /proc}: the user + system time of
 * each part (a service's JVM, PostgreSQL's server and all its backends, this JVM with the broker
 * and the fake) and of the whole machine, whose rest is other people's work on the shared cores.
 * Also the load average and what the machine is.
 */
final class CpuAccounting {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final Map<String, Supplier<OptionalLong>> parts = new LinkedHashMap<>();
    private final Map<String, Boolean> withChildren = new LinkedHashMap<>();

    /**
     * Counts a part by its main process id (empty while it is unknown).
     *
     * @param children whether the processes it started count too (PostgreSQL's backends)
     */
    void part(String name, Supplier<OptionalLong> pid, boolean children) {
        parts.put(name, pid);
        withChildren.put(name, children);
    }

    /** CPU seconds so far per part, plus {@code machine} (all cores, every process). */
    Map<String, Double> sample() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        parts.forEach((name, pid) -> seconds.put(name, ticks(pid.get(), withChildren.get(name))));
        seconds.put("machine", machineTicks());
        seconds.replaceAll((k, v) -> v / TICKS_PER_SECOND);
        return seconds;
    }

    /** The difference of two samples, part by part. */
    static Map<String, Double> used(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((k, v) -> used.put(k, v - before.getOrDefault(k, 0.0)));
        return used;
    }

    /** The 1-, 5- and 15-minute load averages, as {@code /proc/loadavg} shows them. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Cores, CPU model, memory, operating system and Java. */
    static String machine() {
        String model = "unknown CPU";
        String memory = "";
        try {
            model =
                    Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                            .filter(l -> l.startsWith("model name"))
                            .map(l -> l.substring(l.indexOf(':') + 1).trim())
                            .findFirst()
                            .orElse(model);
            String total =
                    Files.readAllLines(Path.of("/proc/meminfo")).stream()
                            .filter(l -> l.startsWith("MemTotal"))
                            .findFirst()
                            .orElse("MemTotal: 0 kB");
            long kb = Long.parseLong(total.replaceAll("\\D", ""));
            memory = String.format(", %.0f GiB", kb / 1024.0 / 1024.0);
        } catch (IOException | RuntimeException e) {
            // what is known is shown
        }
        return Runtime.getRuntime().availableProcessors()
                + " cores ("
                + model
                + ")"
                + memory
                + ", "
                + System.getProperty("os.name")
                + " "
                + System.getProperty("os.version")
                + ", Java "
                + System.getProperty("java.runtime.version");
    }

    private static double ticks(OptionalLong pid, boolean children) {
        if (pid.isEmpty()) {
            return 0;
        }
        if (!children) {
            long[] s = stat(Path.of("/proc", Long.toString(pid.getAsLong()), "stat"));
            return s == null ? 0 : s[1];
        }
        return treeTicks(pid.getAsLong());
    }

    /** Ticks of a process and of every process whose parent chain leads to it. */
    private static double treeTicks(long root) {
        Map<Long, long[]> all = new LinkedHashMap<>(); // pid -> {ppid, ticks}
        try (DirectoryStream<Path> proc = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path p : proc) {
                long[] stat = stat(p.resolve("stat"));
                if (stat != null) {
                    all.put(Long.parseLong(p.getFileName().toString()), stat);
                }
            }
        } catch (IOException e) {
            return 0;
        }
        double ticks = 0;
        for (Map.Entry<Long, long[]> e : all.entrySet()) {
            long pid = e.getKey();
            int depth = 0;
            while (pid > 1 && pid != root && depth++ < 64) {
                long[] s = all.get(pid);
                pid = s == null ? 0 : s[0];
            }
            if (pid == root) {
                ticks += e.getValue()[1];
            }
        }
        return ticks;
    }

    /** {ppid, utime + stime} of a {@code /proc/<pid>/stat}, or null when it is gone. */
    private static long[] stat(Path file) {
        try {
            String s = Files.readString(file);
            // the command name may hold spaces and parentheses: fields count after the last ')'
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]) + Long.parseLong(f[12])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static double machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // user nice system idle iowait irq softirq steal: busy = all but idle and iowait
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}

package bachprop.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU seconds per thread name of this JVM, JIT and GC threads included (Linux: read from
 * {@code /proc/self/task}); the benchmark prints the largest, so that a slow start can be blamed
 * on the right work. Elsewhere {@link #top} is empty.
 */
final class ThreadCpu {
    /** Clock ticks per second of the {@code utime}/{@code stime} fields (100 on Linux). */
    private static final double TICKS = 100;

    private ThreadCpu() {}

    /** CPU seconds by thread name (numbered threads of one pool summed: "C2 CompilerThread0" → "C2 CompilerThread#"). */
    static Map<String, Double> byName() {
        Map<String, Double> sums = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return sums;
        }
        try (Stream<Path> list = Files.list(tasks)) {
            for (Path t : list.toList()) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(stat.indexOf('(') + 1, close).replaceAll("\\d+$", "#");
                    String[] f = stat.substring(close + 2).split(" ");
                    // fields 14 and 15 of stat (utime, stime) are 11 and 12 after the name
                    double seconds = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS;
                    sums.merge(name, seconds, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return sums;
        }
        return sums;
    }

    /** CPU seconds used so far by the processes this JVM started (the JShell sessions' JVMs). */
    static double children() {
        return ProcessHandle.current()
                        .descendants()
                        .mapToLong(p -> p.info()
                                .totalCpuDuration()
                                .map(Duration::toMillis)
                                .orElse(0L))
                        .sum()
                / 1000.0;
    }

    /** The {@code n} threads that used the most CPU, e.g. {@code "C2 CompilerThread# 2.1 s, JavaFX… 1.0 s"}. */
    static String top(int n) {
        return byName().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(n)
                .map(e -> String.format("%s %.2f s", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}

package bachprop.app;

import bachprop.chapter.Chapters;
import bachprop.chapter.Workspace;
import bachprop.jshell.CellEvaluator;
import bachprop.util.BadInputException;
import com.sun.management.OperatingSystemMXBean;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;

/**
 * {@code bachprop bench window [--chapter N]}: measures, in one fresh JVM,
 * <ol>
 * <li>cold start to the first chapter rendered: from the JVM's start to the moment every formula
 *     of the chapter is drawn (target ≤ 3 s);</li>
 * <li>the first cell result after opening the chapter: from the chapter's opening (its session
 *     starts then) to cell 1's result on screen, as when a student opens a chapter and runs the
 *     first cell at once (target ≤ 3 s);</li>
 * <li>later cells' turnaround: the median time from Run to the result on screen (target ≤ 300 ms
 *     for simple cells), and of that the overhead beyond the time JShell itself spent.</li>
 * </ol>
 * The student's own settings and edits are not touched: the window runs on a temporary folder.
 */
public final class WindowTimings {
    /** Wall-clock milliseconds when the TeX fonts were warm. */
    private static volatile long warmMillis;

    /**
     * Runs the measurement on chapter {@code chapterId} and prints its report to {@code out}.
     * {@code noPrestart}: without the Java session started before the window (as the window does).
     */
    public static int run(int chapterId, boolean noPrestart, PrintStream out) throws Exception {
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        if (Chapters.file(Chapters.dir(), chapterId) == null) {
            throw new BadInputException("there is no chapter " + chapterId + " in " + Chapters.dir());
        }
        Path tmp = Files.createTempDirectory("bachprop-bench");
        WindowLauncher.prepare().warmUp().thenRun(() -> warmMillis = System.currentTimeMillis());
        CompanionApp.config = new CompanionWindow.Config(
                Chapters.dir(),
                new Workspace(tmp.resolve("workspace")),
                tmp.resolve("window.json"),
                tmp.resolve("progress.json"),
                CellEvaluator::forProject,
                url -> {});
        if (noPrestart) {
            CompanionApp.prestarted.close();
            CompanionApp.prestarted = null;
        }
        CompanionApp.startChapter = chapterId;
        CompletableFuture<String> report = new CompletableFuture<>();
        CompanionApp.onShown = window -> measure(window, jvmStartMillis, chapterId, report);
        Thread fx = new Thread(() -> Application.launch(CompanionApp.class), "fx-launch");
        fx.setDaemon(true);
        fx.start();
        String text;
        try {
            text = report.get(180, TimeUnit.SECONDS);
        } finally {
            Platform.exit();
        }
        out.print(text);
        fx.join(5000);
        return 0;
    }

    private static void measure(
            CompanionWindow window, long jvmStartMillis, int chapterId, CompletableFuture<String> report) {
        StringBuilder sb = new StringBuilder();
        String display = System.getProperty("glass.platform", "").equals("Monocle")
                ? "headless (Monocle, software rendering)"
                : "display " + System.getenv("DISPLAY") + " (prism " + System.getProperty("prism.order", "default")
                        + ")";
        List<CellView> cells = window.cells();
        sb.append(String.format(
                "window bench: chapter %d (%d cells, %d formulas), %s, %d cores, load average %.1f%n",
                chapterId,
                cells.size(),
                window.maths().size(),
                display,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        // The student runs cell 1 as soon as the chapter is open.
        CompletableFuture<Void> firstCell = new CompletableFuture<>();
        if (!cells.isEmpty()) {
            window.session().run(cells.get(0), r -> firstCell.complete(null));
        } else {
            firstCell.complete(null);
        }
        double sceneHeight = window.root().getScene().getHeight();
        List<MathView> onScreen = window.maths().stream()
                .filter(m -> m.localToScene(0, 0).getY() < sceneHeight)
                .toList();
        CompletableFuture.allOf(onScreen.stream().map(m -> m.ready).toArray(CompletableFuture[]::new))
                .thenRun(() -> Platform.runLater(() -> {
                    double t = (System.currentTimeMillis() - jvmStartMillis) / 1000.0;
                    sb.append(String.format(
                            "cold start to first screen rendered (%d formulas in view): %.2f s%n", onScreen.size(), t));
                }));
        window.whenRendered()
                .thenRun(() -> Platform.runLater(() -> {
                    // One pulse later the images are laid out and painted.
                    double cold = (System.currentTimeMillis() - jvmStartMillis) / 1000.0;
                    sb.append(String.format(
                            "cold start to first chapter rendered (all %d formulas): %.2f s (target ≤ 3 s: %s)%n",
                            window.maths().size(), cold, cold <= 3 ? "met" : "missed"));
                    sb.append(String.format(
                            "  of which: JVM start → toolkit up %.2f s; TeX fonts warm at %.2f s; window shown at %.2f s%n",
                            (CompanionApp.startedMillis - jvmStartMillis) / 1000.0,
                            (warmMillis - jvmStartMillis) / 1000.0,
                            (CompanionApp.shownMillis - jvmStartMillis) / 1000.0));
                    sb.append(String.format(
                            "  CPU time by then: this JVM %.2f s (UI thread building and showing the window %.2f s); "
                                    + "wall time above it is waiting for a CPU%n",
                            processCpuSeconds(), CompanionApp.startCpuNanos / 1e9));
                    sb.append("  CPU by thread: ").append(ThreadCpu.top(8)).append('\n');
                    sb.append(String.format("  CPU of the session JVMs by then: %.2f s%n", ThreadCpu.children()));
                    firstCell.thenRun(() -> Platform.runLater(() -> {
                        if (cells.isEmpty()) {
                            report.complete(sb.append("no cells to time\n").toString());
                            return;
                        }
                        CellView c1 = cells.get(0);
                        double first = (c1.shownAt - window.openedAt) / 1e9;
                        sb.append(String.format(
                                "first cell result after opening the chapter: %.2f s (target ≤ 3 s: %s); cell 1: %s%n",
                                first,
                                first <= 3 ? "met" : "missed",
                                c1.output().getStyleClass().contains("cell-ok") ? "ran" : "FAILED"));
                        runLater(window, cells, 1, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), sb, report);
                    }));
                }));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /** Runs cells i, i+1, … one at a time, then reports their overheads. */
    private static void runLater(
            CompanionWindow window,
            List<CellView> cells,
            int i,
            List<Double> overheads,
            List<Double> evals,
            List<Double> walls,
            StringBuilder sb,
            CompletableFuture<String> report) {
        if (i >= cells.size()) {
            if (overheads.isEmpty()) {
                report.complete(
                        sb.append("only one cell: no later cells to time\n").toString());
                return;
            }
            List<Double> sorted = new ArrayList<>(overheads);
            Collections.sort(sorted);
            double median = sorted.get(sorted.size() / 2);
            double max = sorted.get(sorted.size() - 1);
            List<Double> e = new ArrayList<>(evals);
            Collections.sort(e);
            double turnaround = median(walls);
            sb.append(String.format(
                    "later cells (%d): turnaround (Run → result on screen) median %.0f ms (target ≤ 300 ms: %s)%n",
                    walls.size(), turnaround, turnaround <= 300 ? "met" : "missed"));
            sb.append(String.format(
                    "  of which JShell median %.1f ms; overhead beyond JShell median %.1f ms, max %.1f ms%n",
                    e.get(e.size() / 2), median, max));
            StringBuilder each = new StringBuilder("  turnaround per cell (ms):");
            walls.forEach(o -> each.append(String.format(" %.0f", o)));
            report.complete(sb.append(each).append('\n').toString());
            return;
        }
        CellView c = cells.get(i);
        window.session()
                .run(
                        c,
                        r -> Platform.runLater(() -> {
                            double wall = (c.shownAt - c.requestedAt) / 1e6;
                            double eval = c.evalNanos / 1e6;
                            walls.add(wall);
                            overheads.add(wall - eval);
                            evals.add(eval);
                            runLater(window, cells, i + 1, overheads, evals, walls, sb, report);
                        }));
    }
}

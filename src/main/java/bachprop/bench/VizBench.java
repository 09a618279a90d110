package bachprop.bench;

import bachprop.viz.common.Fx;
import bachprop.viz.common.Tex;
import bachprop.viz.common.Theme;
import bachprop.viz.deltaflow.DeltaFlowModel;
import bachprop.viz.deltaflow.DeltaFlowView;
import bachprop.viz.deltaflow.Granularity;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Arrays;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;

/**
 * {@code bachprop bench viz [--frames N] [--theme projector]}: the frame time of the δ-flow
 * animation at 1920×1080. Each frame moves the BP2 pulses (or steps the model, every tenth frame)
 * and renders the whole scene to an image with the software pipeline — a frame as a projector
 * would show it, plus the read-back, so the figure is an upper bound on what the screen needs.
 */
public final class VizBench {
    private VizBench() {}

    /** Renders {@code frames} frames in {@code theme} and prints their times; returns the exit code. */
    public static int run(int frames, Theme theme, PrintStream out) {
        out.println("bench viz: δ-flow view, Mazur 2-2-2, 1920×1080, prism.order="
                + System.getProperty("prism.order", "(default)") + ", glass.platform="
                + System.getProperty("glass.platform", "(default)") + ", " + frames + " frames");
        Fx.start();
        Tex.warmUpAsync();
        double[] ms = Fx.call(() -> {
            DeltaFlowModel model = DeltaFlowModel.mazur(Granularity.EQUATION, false);
            DeltaFlowView view = new DeltaFlowView(model, theme, Duration.ZERO);
            Scene scene = new Scene(view, 1920, 1080);
            model.goTo(12); // a BP2 step: pulses travel backward along the edges
            WritableImage img = new WritableImage(1920, 1080);
            for (int i = 0; i < 10; i++) {
                scene.snapshot(img); // warm-up: fonts, TeX, JIT
            }
            double[] t = new double[frames];
            for (int i = 0; i < frames; i++) {
                long start = System.nanoTime();
                if (i % 10 == 9) {
                    if (!model.forward()) {
                        model.goTo(1);
                    }
                    t[i] = -1; // marked: a step change, reported apart
                } else {
                    view.canvas().pulseProperty().set((i % 10) / 10.0);
                }
                scene.snapshot(img);
                double elapsed = (System.nanoTime() - start) / 1e6;
                t[i] = t[i] < 0 ? -elapsed : elapsed;
            }
            view.unbind();
            return t;
        });
        double[] anim = Arrays.stream(ms).filter(v -> v >= 0).sorted().toArray();
        double[] steps =
                Arrays.stream(ms).filter(v -> v < 0).map(v -> -v).sorted().toArray();
        report(out, "animation frames (pulses moving)", anim);
        report(out, "step changes (new equation, TeX)", steps);
        double mean = Arrays.stream(anim).average().orElse(0);
        out.printf(
                "animation: %.0f frames per second from the mean frame time, %.0f from the median (target ≥ 30)%n",
                1000 / mean, 1000 / anim[anim.length / 2]);
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        out.printf(
                "machine: %d processors, load average %.1f during the run (wall-clock times include waiting for a core)%n",
                os.getAvailableProcessors(), os.getSystemLoadAverage());
        return 0;
    }

    private static void report(PrintStream out, String what, double[] sorted) {
        if (sorted.length == 0) {
            return;
        }
        double mean = Arrays.stream(sorted).average().orElse(0);
        double p95 = sorted[(int) Math.min(sorted.length - 1, Math.round(0.95 * (sorted.length - 1)))];
        out.printf(
                "%s: %d frames, mean %.1f ms, median %.1f ms, 95th percentile %.1f ms, worst %.1f ms%n",
                what, sorted.length, mean, sorted[sorted.length / 2], p95, sorted[sorted.length - 1]);
    }
}

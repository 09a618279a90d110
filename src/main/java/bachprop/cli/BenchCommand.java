package bachprop.cli;

import bachprop.app.WindowTimings;
import bachprop.bench.LstmBench;
import bachprop.bench.TrainBench;
import bachprop.bench.VizBench;
import bachprop.util.BadInputException;
import bachprop.viz.common.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bachprop bench train|window|viz|lstm}: benchmarks that measure rather than test. Each
 * subcommand reads its options and calls the benchmark's plain API in {@code bachprop.bench}
 * (the window's in {@code bachprop.app}, the only layer that may start the window).
 */
@Command(
        name = "bench",
        description = "benchmarks (not tests): train, window, viz, lstm",
        subcommands = {
            BenchCommand.Train.class,
            BenchCommand.Window.class,
            BenchCommand.Viz.class,
            BenchCommand.Lstm.class,
            GradeClassBenchCommand.class
        })
public final class BenchCommand extends BaseCommand {
    static int twoCores() {
        return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    @Override
    protected int run() {
        return usage();
    }

    @Command(
            name = "train",
            description = {
                "seconds per epoch of the text's largest chorale network",
                "Trains W + N epochs and reports the median seconds per epoch of the last N and the GFLOP/s."
            })
    static final class Train extends BaseCommand {
        @Option(names = "--epochs", paramLabel = "N", description = "measured epochs (default ${DEFAULT-VALUE})")
        int epochs = 5;

        @Option(names = "--warmup", paramLabel = "W", description = "warm-up epochs first (default ${DEFAULT-VALUE})")
        int warmup = 1;

        @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: up to 2)")
        int threads = Math.min(2, Runtime.getRuntime().availableProcessors());

        @Option(names = "--batch", paramLabel = "M", description = "mini-batch size (default ${DEFAULT-VALUE})")
        int batch = 10;

        @Option(names = "--examples", paramLabel = "E", description = "training examples (default ${DEFAULT-VALUE})")
        int examples = 561;

        @Option(
                names = "--sizes",
                paramLabel = "SIZES",
                split = ",",
                description = "layer sizes (default " + TrainBench.Options.SIZES + ")")
        int[] sizes = {1984, 500, 500, 500, 1984};

        @Option(names = "--seed", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE})")
        long seed = 1;

        @Option(names = "--eta", paramLabel = "η", description = "learning rate (default ${DEFAULT-VALUE})")
        double eta = 0.5;

        @Option(
                names = "--kernels",
                description = "instead, time each product on each weight matrix (best of 40 rounds)")
        boolean kernels;

        @Override
        protected int run() {
            return TrainBench.run(
                    new TrainBench.Options(epochs, warmup, threads, batch, examples, sizes, seed, eta, kernels), out);
        }
    }

    @Command(name = "window", description = "cold start to first chapter; first and later cell results")
    static final class Window extends BaseCommand {
        @Option(names = "--chapter", paramLabel = "N", description = "the chapter to open (default ${DEFAULT-VALUE})")
        int chapter = 5;

        @Option(names = "--no-prestart", description = "do not start the first Java session before the window")
        boolean noPrestart;

        @Override
        protected int run() throws Exception {
            return WindowTimings.run(chapter, noPrestart, out);
        }
    }

    @Command(name = "viz", description = "frame time of the δ-flow animation at 1920×1080")
    static final class Viz extends BaseCommand {
        @Option(names = "--frames", paramLabel = "N", description = "frames to render (default ${DEFAULT-VALUE})")
        int frames = 150;

        @Option(
                names = "--theme",
                paramLabel = "THEME",
                description = "standard or projector (default ${DEFAULT-VALUE})")
        String theme = "standard";

        @Override
        protected int run() {
            Theme t;
            try {
                t = Theme.named(theme);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            return VizBench.run(frames, t, out);
        }
    }

    @Command(name = "lstm", description = "milliseconds per LSTM training step (62→128, seq 64, batch 32)")
    static final class Lstm extends BaseCommand {
        @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: up to 2)")
        int threads = twoCores();

        @Option(names = "--steps", paramLabel = "N", description = "measured steps (default ${DEFAULT-VALUE})")
        int steps = 20;

        @Option(names = "--hidden", paramLabel = "H", description = "hidden units (default ${DEFAULT-VALUE})")
        int hidden = 128;

        @Option(names = "--batch", paramLabel = "B", description = "sequences per batch (default ${DEFAULT-VALUE})")
        int batch = 32;

        @Option(names = "--length", paramLabel = "L", description = "steps per sequence (default ${DEFAULT-VALUE})")
        int length = 64;

        @Option(names = "--dense", description = "dense random inputs instead of one-hot")
        boolean dense;

        @Option(names = "--json", description = "print the figures as JSON")
        boolean json;

        @Override
        protected int run() throws Exception {
            return LstmBench.run(new LstmBench.Options(threads, steps, hidden, batch, length, dense, json), out);
        }
    }
}

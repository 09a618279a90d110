package bachprop.chorale;

import bachprop.chorale.mlp.Trainer;
import bachprop.util.ProgressPrinter;
import java.io.PrintStream;

/**
 * Training progress of a seed experiment in the terminal, printed by {@link ProgressPrinter}:
 * messages and one line per epoch always; between them the bar on a TTY, or otherwise at most one
 * plain batch line every few seconds.
 */
public final class TerminalProgress implements SeedExperiment.Listener {
    private final ProgressPrinter printer;
    private int epochs;

    public TerminalProgress(PrintStream out, boolean tty, double secondsBetweenLines) {
        this(new ProgressPrinter(out, tty, secondsBetweenLines));
    }

    private TerminalProgress(ProgressPrinter printer) {
        this.printer = printer;
    }

    /** A bar on a TTY, a plain line every 10 s otherwise ({@link ProgressPrinter#forStream}). */
    public static TerminalProgress forStream(PrintStream out) {
        return new TerminalProgress(ProgressPrinter.forStream(out));
    }

    @Override
    public void message(String line) {
        printer.line(line);
    }

    @Override
    public void runStarted(SeedExperiment.Run run, int epochs) {
        this.epochs = epochs;
    }

    @Override
    public void batchDone(Trainer.CostPoint p, int batchesPerEpoch) {
        int batchInEpoch = (p.batch() - 1) % batchesPerEpoch + 1;
        double done = (p.epoch() - 1 + (double) batchInEpoch / batchesPerEpoch) / Math.max(1, epochs);
        printer.progress(
                done,
                String.format("epoch %d/%d  batch cost %.1f", p.epoch(), epochs, p.cost()),
                String.format(
                        "  epoch %d/%d batch %d/%d  batch cost %.2f",
                        p.epoch(), epochs, batchInEpoch, batchesPerEpoch, p.cost()));
    }

    @Override
    public void epochDone(Trainer.EpochReport r) {
        printer.line("  " + r);
    }
}

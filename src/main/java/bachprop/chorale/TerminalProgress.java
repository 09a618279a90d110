package bachprop.chorale;

import bachprop.chorale.mlp.Trainer;
import java.io.PrintStream;

/**
 * Training progress in the terminal: a bar redrawn in place on a TTY; plain lines (one per epoch
 * and at most one every few seconds) otherwise, so CI logs do not fill with carriage returns.
 */
public final class TerminalProgress implements SeedExperiment.Listener {
    private final PrintStream out;
    private final boolean tty;
    private final long intervalNanos;
    private long lastLine = System.nanoTime();
    private int epochs;

    public TerminalProgress(PrintStream out, boolean tty, double secondsBetweenLines) {
        this.out = out;
        this.tty = tty;
        this.intervalNanos = (long) (secondsBetweenLines * 1e9);
    }

    /** A TTY when the JVM has a console (stdout and stdin are terminals). */
    public static TerminalProgress forStream(PrintStream out) {
        return new TerminalProgress(out, System.console() != null, 10);
    }

    @Override
    public void message(String line) {
        if (tty) {
            out.print("\r\033[K");
        }
        out.println(line);
    }

    @Override
    public void runStarted(SeedExperiment.Run run, int epochs) {
        this.epochs = epochs;
    }

    @Override
    public void batchDone(Trainer.CostPoint p, int batchesPerEpoch) {
        int batchInEpoch = (p.batch() - 1) % batchesPerEpoch + 1;
        if (tty) {
            double done = (p.epoch() - 1 + (double) batchInEpoch / batchesPerEpoch) / Math.max(1, epochs);
            int width = 30;
            int filled = (int) Math.round(done * width);
            out.printf("\r[%s%s] %3.0f%%  epoch %d/%d  batch cost %.1f", "#".repeat(filled), " ".repeat(width - filled),
                    100 * done, p.epoch(), epochs, p.cost());
            out.flush();
        } else if (System.nanoTime() - lastLine > intervalNanos) {
            out.printf("  epoch %d/%d batch %d/%d  batch cost %.2f%n", p.epoch(), epochs, batchInEpoch, batchesPerEpoch, p.cost());
            lastLine = System.nanoTime();
        }
    }

    @Override
    public void epochDone(Trainer.EpochReport r) {
        if (tty) {
            out.print("\r\033[K");
        }
        out.println("  " + r);
        lastLine = System.nanoTime();
    }
}

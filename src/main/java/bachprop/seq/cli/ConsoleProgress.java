package bachprop.seq.cli;

import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingStatus;
import java.io.PrintStream;

/**
 * Training progress in a terminal: a bar redrawn in place on a TTY; otherwise plain lines —
 * every epoch's summary, and at most one progress line every {@code seconds} in between.
 */
public final class ConsoleProgress implements TrainingListener {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean tty;
    private final long intervalNanos;
    private long last = System.nanoTime();
    private boolean barShown;

    public ConsoleProgress(PrintStream out, boolean tty, double seconds) {
        this.out = out;
        this.tty = tty;
        this.intervalNanos = (long) (seconds * 1e9);
    }

    public static ConsoleProgress forStream(PrintStream out) {
        return new ConsoleProgress(out, System.console() != null, 10);
    }

    @Override
    public void update(TrainingStatus s) {
        boolean summary = !Double.isNaN(s.validBits()) || !s.message().isEmpty();
        if (tty) {
            int filled = (int) Math.round(Math.max(0, Math.min(1, s.fraction())) * WIDTH);
            String bar = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "]";
            out.print("\r\033[K");
            if (summary) {
                out.println(s);
                barShown = false;
            } else {
                out.printf("%s %3.0f%%  epoch %d/%d", bar, 100 * s.fraction(), s.epoch(), s.epochs());
                barShown = true;
            }
            out.flush();
            return;
        }
        long now = System.nanoTime();
        if (summary) {
            out.println(s);
            last = now;
        } else if (now - last >= intervalNanos) {
            out.printf("training: %3.0f%%  epoch %d/%d%n", 100 * s.fraction(), s.epoch(), s.epochs());
            last = now;
        }
    }

    /** Ends a bar left on the line (TTY only). */
    public void finish() {
        if (tty && barShown) {
            out.println();
            barShown = false;
        }
    }
}

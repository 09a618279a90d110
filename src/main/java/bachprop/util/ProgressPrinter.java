package bachprop.util;

import java.io.PrintStream;

/**
 * Progress of long work in a terminal, for every command that trains or evaluates: on a TTY a
 * bar redrawn in place; otherwise plain lines — every {@link #line} as is, and at most one
 * {@link #progress} line every few seconds, so CI logs do not fill with carriage returns.
 */
public final class ProgressPrinter {
    private static final int WIDTH = 30;
    private static final String CLEAR_LINE = "\r\033[K";
    private final PrintStream out;
    private final boolean tty;
    private final long intervalNanos;
    private long last = System.nanoTime();
    private boolean barShown;

    public ProgressPrinter(PrintStream out, boolean tty, double secondsBetweenLines) {
        this.out = out;
        this.tty = tty;
        this.intervalNanos = (long) (secondsBetweenLines * 1e9);
    }

    /** A TTY when the JVM has a console (stdout and stdin are terminals); a plain line every 10 s otherwise. */
    public static ProgressPrinter forStream(PrintStream out) {
        return new ProgressPrinter(out, System.console() != null, 10);
    }

    public boolean tty() {
        return tty;
    }

    /** A line that always shows (a summary, a message); on a TTY it replaces the bar. */
    public void line(String text) {
        if (tty) {
            out.print(CLEAR_LINE);
            barShown = false;
        }
        out.println(text);
        out.flush();
        last = System.nanoTime();
    }

    /**
     * Progress at {@code fraction} (0..1): on a TTY the bar, the percentage and {@code barText};
     * otherwise {@code plainText} if the last line is at least the interval old.
     */
    public void progress(double fraction, String barText, String plainText) {
        if (tty) {
            int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * WIDTH);
            out.print(CLEAR_LINE);
            out.printf("[%s%s] %3.0f%%  %s", "#".repeat(filled), " ".repeat(WIDTH - filled), 100 * fraction, barText);
            out.flush();
            barShown = true;
            return;
        }
        long now = System.nanoTime();
        if (now - last >= intervalNanos) {
            out.println(plainText);
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

    @Override
    public String toString() {
        return "ProgressPrinter("
                + (tty ? "bar on a TTY" : "a plain line every " + intervalNanos / 1_000_000_000.0 + " s") + ")";
    }
}

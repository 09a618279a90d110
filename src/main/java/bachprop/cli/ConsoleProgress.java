package bachprop.cli;

import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingStatus;
import bachprop.util.ProgressPrinter;
import java.io.PrintStream;

/**
 * Training progress in a terminal, printed by {@link ProgressPrinter}: every epoch's summary as
 * a line, and between summaries the bar on a TTY or at most one plain line every {@code seconds}.
 */
public final class ConsoleProgress implements TrainingListener {
    private final ProgressPrinter printer;

    public ConsoleProgress(PrintStream out, boolean tty, double seconds) {
        this(new ProgressPrinter(out, tty, seconds));
    }

    private ConsoleProgress(ProgressPrinter printer) {
        this.printer = printer;
    }

    /** A bar on a TTY, a plain line every 10 s otherwise ({@link ProgressPrinter#forStream}). */
    public static ConsoleProgress forStream(PrintStream out) {
        return new ConsoleProgress(ProgressPrinter.forStream(out));
    }

    @Override
    public void update(TrainingStatus s) {
        boolean summary = !Double.isNaN(s.validBits()) || !s.message().isEmpty();
        if (summary) {
            printer.line(s.toString());
        } else {
            String epoch = String.format("epoch %d/%d", s.epoch(), s.epochs());
            printer.progress(s.fraction(), epoch, String.format("training: %3.0f%%  %s", 100 * s.fraction(), epoch));
        }
    }

    /** Ends a bar left on the line (TTY only). */
    public void finish() {
        printer.finish();
    }
}

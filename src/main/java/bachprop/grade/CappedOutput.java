package bachprop.grade;

import java.io.OutputStream;

/**
 * Where the learner's {@code System.out} and {@code System.err} go in the child JVM: bytes are
 * counted per test and dropped, so neither an endless line nor an endless stream of lines can
 * fill any memory. The first time a test passes {@code cap} bytes, {@code onOverflow} runs (the
 * runner notes at once that the output was cut, so the note arrives even if the test never ends).
 */
final class CappedOutput extends OutputStream {
    /** 1 MB of output per test. */
    static final long CAP = 1 << 20;

    private final long cap;
    private final Runnable onOverflow;
    private long written;
    private boolean told;

    CappedOutput(long cap, Runnable onOverflow) {
        this.cap = cap;
        this.onOverflow = onOverflow;
    }

    @Override
    public void write(int b) {
        count(1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        count(len);
    }

    private void count(long n) {
        boolean tell;
        synchronized (this) {
            written += n;
            tell = written > cap && !told;
            told |= tell;
        }
        if (tell) {
            onOverflow.run();
        }
    }

    /** Starts counting again (at the start of each test). */
    synchronized void reset() {
        written = 0;
        told = false;
    }

    synchronized boolean overflowed() {
        return written > cap;
    }

    @Override
    public String toString() {
        return "CappedOutput(" + written + " of " + cap + " bytes)";
    }
}

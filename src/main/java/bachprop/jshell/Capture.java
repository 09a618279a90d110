package bachprop.jshell;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Collects what the session prints; safe across threads. */
final class Capture extends OutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
        bytes.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        bytes.write(b, off, len);
    }

    /** What was printed since the last take, and forgets it. */
    synchronized String take() {
        String s = bytes.toString(StandardCharsets.UTF_8);
        bytes.reset();
        return s;
    }

    /** What was printed since the last take, kept. */
    synchronized String peek() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "Capture(" + peek().length() + " chars waiting)";
    }
}

package bachprop.jshell;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Collects what the session prints; safe across threads. It keeps at most {@link #LIMIT} bytes
 * per cell and only counts the rest, so a cell that prints without end cannot fill the app's
 * memory; the text then ends with a line saying how much was cut.
 */
final class Capture extends OutputStream {
    /** At most this many bytes of one cell's output are kept (1 MB). */
    static final int LIMIT = 1 << 20;

    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    /** Bytes printed beyond the limit since the last take. */
    private long cut;

    Capture() {
        this(LIMIT);
    }

    Capture(int limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void write(int b) {
        if (bytes.size() < limit) {
            bytes.write(b);
        } else {
            cut++;
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int kept = Math.max(0, Math.min(len, limit - bytes.size()));
        bytes.write(b, off, kept);
        cut += len - kept;
    }

    /** What was printed since the last take, and forgets it. */
    synchronized String take() {
        String s = peek();
        bytes.reset();
        cut = 0;
        return s;
    }

    /** What was printed since the last take, kept. */
    synchronized String peek() {
        if (cut == 0) {
            return bytes.toString(StandardCharsets.UTF_8);
        }
        byte[] all = bytes.toByteArray();
        int end = wholeCharacters(all);
        String kept = new String(all, 0, end, StandardCharsets.UTF_8);
        return kept + (kept.endsWith("\n") ? "" : "\n") + "… output cut at " + size(limit) + " ("
                + (cut + all.length - end) + " more bytes)\n";
    }

    /** The length of the longest prefix of {@code b} that does not end inside a UTF-8 character. */
    static int wholeCharacters(byte[] b) {
        int start = b.length;
        while (start > 0 && b.length - start < 3 && (b[start - 1] & 0xC0) == 0x80) {
            start--; // continuation bytes
        }
        if (start == 0) {
            return b.length;
        }
        int lead = b[start - 1] & 0xFF;
        int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return start - 1 + length > b.length ? start - 1 : b.length;
    }

    private static String size(int bytes) {
        return bytes % (1 << 20) == 0 ? bytes / (1 << 20) + " MB" : bytes + " bytes";
    }

    @Override
    public synchronized String toString() {
        return "Capture(" + bytes.size() + " bytes waiting, " + cut + " cut, limit " + size(limit) + ")";
    }
}

package bachprop.grade;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines from the child JVM, keeping at most {@code max} bytes of any line: the rest
 * of a longer line (or of an endless one without a newline) is read and dropped, so the
 * grader's memory stays bounded whatever arrives.
 */
final class BoundedLineReader implements Closeable {
    /** 1 MB per line. */
    static final int MAX_LINE = 1 << 20;

    private final InputStream in;
    private final int max;

    BoundedLineReader(InputStream in, int max) {
        this.in = new BufferedInputStream(in, 8192);
        this.max = max;
    }

    /** The next line (cut to the cap), or null at the end of the stream. */
    String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (line.size() < max) {
                line.write(b);
            }
        }
        return any ? line.toString(StandardCharsets.UTF_8) : null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

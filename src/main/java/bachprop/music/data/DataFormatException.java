package bachprop.music.data;

import bachprop.util.BadInputException;
import java.nio.file.Path;

/**
 * A data file is malformed. The message names the file and (when known) the line, in the form
 * {@code FILE:LINE: what is wrong}, so the command line prints it as one line and exits 2.
 */
public class DataFormatException extends BadInputException {
    private final Path file;
    private final int line;

    public DataFormatException(Path file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public DataFormatException(Path file, int line, String message, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message, cause);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based line number, or 0 when the problem is not on one line (e.g. a truncated archive). */
    public int line() {
        return line;
    }
}

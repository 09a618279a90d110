package bachprop.util;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What happens to a file a person made (progress, edited cells, window settings) that cannot be
 * read: it is moved aside with {@link AtomicFiles#moveAside}, never overwritten or ignored, and
 * one line says where it went.
 */
public final class Unreadable {
    private Unreadable() {}

    /**
     * Moves {@code file} aside and returns the line for the person, e.g. {@code …/progress.json: line 1,
     * column 9: …; your progress file was moved aside to …/progress.json.unreadable-20261202-061500
     * (kept); a new progress file is started}.
     *
     * @param what what the file is to the person, e.g. "progress file"
     * @param why  the reader's message, which names the file
     * @param then what happens now, e.g. "a new progress file is started"
     * @throws BadInputException when it cannot be moved either (then nothing is written over it)
     */
    public static String setAside(Path file, String what, String why, String then) {
        Path aside = moveAside(file, what, why);
        return why + "; your " + what + " was moved aside to " + aside + " (kept); " + then;
    }

    /**
     * Moves {@code file} aside and returns where it went.
     *
     * @throws BadInputException when it cannot be moved (then nothing is written over it)
     */
    public static Path moveAside(Path file, String what, String why) {
        try {
            return AtomicFiles.moveAside(file);
        } catch (IOException e) {
            throw new BadInputException("your " + what + " " + file + " could not be read (" + why
                    + ") nor moved aside (" + e.getMessage() + "); it is left as it is");
        }
    }
}

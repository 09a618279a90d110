package bachprop.chapter;

import java.nio.file.Path;

/**
 * A chapter file that cannot be read as a chapter. The message is one line naming the file and
 * the 1-based line: {@code chapters/05-backpropagation/chapter.md:12: unknown visualiser 'x'}.
 */
public class ChapterException extends RuntimeException {
    private final Path file;
    private final int line;
    private final String problem;

    public ChapterException(Path file, int line, String problem) {
        super(Chapters.display(file) + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** 1-based line in the chapter file. */
    public int line() {
        return line;
    }

    /** The problem without the file and line. */
    public String problem() {
        return problem;
    }
}

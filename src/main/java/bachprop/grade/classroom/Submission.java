package bachprop.grade.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One student's hand-in in a class folder: a folder or a {@code .zip} in the student pack's
 * layout. The student's name is the folder's name, or the zip's without {@code .zip}.
 */
public record Submission(String student, Path source) {
    /** What a submission failed with: one line, the gradebook's error column. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    public boolean zip() {
        return Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The submissions in {@code classDir}, sorted by student name (then by file name, so a
     * folder and a zip of the same name both appear). Hidden entries ({@code .DS_Store}) are
     * skipped; any other file that is not a zip is skipped with a line to {@code notice}. A
     * symbolic link is listed (its row says it was refused).
     */
    public static List<Submission> list(Path classDir, Consumer<String> notice) throws IOException {
        List<Submission> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(classDir)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p)) {
                    found.add(new Submission(name, p));
                } else if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    found.add(new Submission(name.substring(0, name.length() - 4), p));
                } else {
                    notice.accept("skipped " + name + ": neither a folder nor a .zip");
                }
            }
        }
        found.sort(Comparator.comparing(Submission::student)
                .thenComparing(s -> s.source().getFileName().toString()));
        return found;
    }

    @Override
    public String toString() {
        return student + " (" + source.getFileName() + ")";
    }
}

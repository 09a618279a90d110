package bachprop.chapter;

import bachprop.util.Paths2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds the chapter files: {@code chapters/NN-slug/chapter.md} under the project root. */
public final class Chapters {
    static final Pattern FOLDER = Pattern.compile("(\\d\\d)-[a-z0-9][a-z0-9-]*");

    private Chapters() {}

    /** The chapters folder of this checkout. */
    public static Path dir() {
        return Paths2.home().resolve("chapters");
    }

    /** The chapter files in {@code dir}, ordered by their number. */
    public static List<Path> files(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> FOLDER.matcher(p.getFileName().toString()).matches())
                    .map(p -> p.resolve("chapter.md"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(
                            p -> p.getParent().getFileName().toString()))
                    .forEach(out::add);
        }
        return out;
    }

    /** The file of chapter {@code id}, or null. */
    public static Path file(Path dir, int id) throws IOException {
        for (Path p : files(dir)) {
            if (number(p) == id) {
                return p;
            }
        }
        return null;
    }

    /** The chapter number NN of its folder, for a file that {@link #files} found. */
    public static int number(Path file) {
        return Integer.parseInt(file.getParent().getFileName().toString().substring(0, 2));
    }

    /** A path as error messages show it: relative to the project root when inside it. */
    static String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path home = Paths2.home().toAbsolutePath().normalize();
        return abs.startsWith(home) ? home.relativize(abs).toString() : file.toString();
    }
}

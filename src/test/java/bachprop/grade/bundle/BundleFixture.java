package bachprop.grade.bundle;

import bachprop.cli.Cli;
import bachprop.util.Paths2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * An exercises folder for the bundle tests: the project's bp1-output-error (reference, stub,
 * mistakes, tests and docs), plus a hidden test in {@code .meta/hidden/src/test/java/}.
 */
final class BundleFixture {
    static final String SLUG = "bp1-output-error";
    static final String HIDDEN_TEST = "OutputErrorHiddenTest";

    private BundleFixture() {}

    /**
     * True once the formats branch is merged ({@code grade --format} exists). Until then the tests
     * run the scripts with the text format and check the structure; at merge they switch by
     * themselves to reading Gradescope's results and to a manifest that lists the hidden test.
     */
    static boolean formatsMerged() {
        return Cli.run("grade", "--help").out().contains("--format");
    }

    static Path project() {
        return Paths2.home().resolve("exercises").resolve(SLUG);
    }

    /** The reference solution's file, which no bundle may carry. */
    static Path reference() {
        return project().resolve(".meta/src/main/java/OutputError.java");
    }

    static Path write(Path root) throws IOException {
        Path dir = root.resolve("exercises");
        copy(project(), dir.resolve(SLUG));
        Path hidden = dir.resolve(SLUG).resolve(".meta/hidden/src/test/java/" + HIDDEN_TEST + ".java");
        Files.createDirectories(hidden.getParent());
        Files.writeString(hidden, """
                import org.junit.jupiter.api.Assertions;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;

                class OutputErrorHiddenTest {
                    @Test
                    @Tag("task:1")
                    void oneEntryPerNeuron() {
                        double[] d = OutputError.outputError(new double[3], new double[3], new double[3]);
                        Assertions.assertEquals(3, d.length);
                    }
                }
                """);
        String hiddenField = formatsMerged() ? ", \"hidden\": [\"" + HIDDEN_TEST + "\"]" : "";
        Files.writeString(dir.resolve("manifest.json"), """
                {
                  "exercises": [
                    {"slug": "bp1-output-error", "chapter": 5, "title": "BP1: the error of the output layer", "tasks": 1, "mistakes": [{"id": "no-sigma-prime", "task": 1, "hint": "Leaving out σ′(zᴸ)"}]%s}
                  ]
                }
                """.formatted(hiddenField));
        return dir;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}

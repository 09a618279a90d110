package bachprop.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A small exercises folder written by the tests: exercise "calc" (task 1: add, task 2: count up,
 * task 3: halve) whose learner file each test replaces with the bad input it studies, and a
 * second exercise "twice" that must still be graded after "calc" misbehaves.
 */
final class Fixture {
    static final String REFERENCE = """
            public final class Calc {
                public static int add(int a, int b) {
                    return a + b;
                }

                public static int countTo(int n) {
                    int i = 0;
                    while (i < n) {
                        i++;
                    }
                    return i;
                }

                public static double half(double x) {
                    return x / 2;
                }
            }
            """;

    static final String TEST = """
            import bachprop.grade.api.Check;
            import org.junit.jupiter.api.Assertions;
            import org.junit.jupiter.api.Tag;
            import org.junit.jupiter.api.Test;

            class CalcTest {
                @Test
                @Tag("task:1")
                void addsTwoAndThree() {
                    Check.near("2 + 3", 5, Calc.add(2, 3), 0, Check.mistake("subtracts", -1));
                }

                @Test
                @Tag("task:2")
                void countsToTen() {
                    Assertions.assertEquals(10, Calc.countTo(10));
                }

                @Test
                @Tag("task:3")
                void halvesSeven() {
                    Check.near("7 / 2", 3.5, Calc.half(7), 0, Check.mistake("integer-division", 3));
                }
            }
            """;

    static final String TWICE_REF = """
            public final class Twice {
                public static int twice(int x) {
                    return 2 * x;
                }
            }
            """;

    static final String TWICE_TEST = """
            import org.junit.jupiter.api.Assertions;
            import org.junit.jupiter.api.Tag;
            import org.junit.jupiter.api.Test;

            class TwiceTest {
                @Test
                @Tag("task:1")
                void twiceFourIsEight() {
                    Assertions.assertEquals(8, Twice.twice(4));
                }
            }
            """;

    static final String MANIFEST = """
            {"exercises": [
              {"slug": "calc", "chapter": 1, "title": "Calc", "tasks": 3, "mistakes": [
                {"id": "subtracts", "task": 1, "hint": "Plus, not minus"},
                {"id": "integer-division", "task": 3, "hint": "Integer division"}]},
              {"slug": "twice", "chapter": 2, "title": "Twice", "tasks": 1, "mistakes": []}
            ]}
            """;

    private Fixture() {}

    /** Writes the folder with {@code learnerCalc} as the learner's Calc.java; returns the exercises dir. */
    static Path write(Path root, String learnerCalc) throws IOException {
        Path ex = root.resolve("exercises");
        Path calc = ex.resolve("calc");
        put(ex.resolve("manifest.json"), MANIFEST);
        put(calc.resolve("src/main/java/Calc.java"), learnerCalc);
        put(calc.resolve("src/test/java/CalcTest.java"), TEST);
        put(
                calc.resolve(".docs/instructions.md"),
                "# Calc\n\n## 1. Add\n\nAdd.\n\n## 2. Count\n\nCount.\n\n## 3. Halve\n\nHalve.\n");
        put(calc.resolve(".docs/hints.md"), """
                # Hints

                ## 1. Add

                Use +.

                ### Plus, not minus

                You subtracted b from a.

                ## 2. Count

                Count with a loop that ends.

                ## 3. Halve

                Divide by 2.

                ### Integer division

                You divided integers: 7 / 2 is 3 in Java.
                """);
        put(calc.resolve(".meta/src/main/java/Calc.java"), REFERENCE);
        put(calc.resolve(".meta/stub/src/main/java/Calc.java"), stub());
        put(calc.resolve(".meta/mistakes/subtracts/src/main/java/Calc.java"), REFERENCE.replace("a + b", "a - b"));
        put(
                calc.resolve(".meta/mistakes/integer-division/src/main/java/Calc.java"),
                REFERENCE.replace("return x / 2;", "return (int) x / 2;"));
        Path twice = ex.resolve("twice");
        put(twice.resolve("src/main/java/Twice.java"), TWICE_REF);
        put(twice.resolve("src/test/java/TwiceTest.java"), TWICE_TEST);
        put(twice.resolve(".docs/instructions.md"), "# Twice\n\n## 1. Twice\n\nDouble it.\n");
        put(twice.resolve(".docs/hints.md"), "# Hints\n\n## 1. Twice\n\nMultiply by 2.\n");
        put(twice.resolve(".meta/src/main/java/Twice.java"), TWICE_REF);
        put(twice.resolve(".meta/stub/src/main/java/Twice.java"), TWICE_REF);
        return ex;
    }

    /** A stub that throws, as the exercises' stubs do. */
    static String stub() {
        return """
                public final class Calc {
                    public static int add(int a, int b) {
                        throw new IllegalStateException("Not written yet: add is task 1");
                    }

                    public static int countTo(int n) {
                        throw new IllegalStateException("Not written yet: countTo is task 2");
                    }

                    public static double half(double x) {
                        throw new IllegalStateException("Not written yet: half is task 3");
                    }
                }
                """;
    }

    static void put(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Copies every file under {@code from} to the same place under {@code to}. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }

    /** path → SHA-256 and modification time of every file under root. */
    static Map<String, String> fingerprint(Path root) throws IOException {
        Map<String, String> map = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                map.put(root.relativize(p).toString(), sha(Files.readAllBytes(p)) + " " + Files.getLastModifiedTime(p));
            }
        }
        return map;
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

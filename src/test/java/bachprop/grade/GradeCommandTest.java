package bachprop.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.cli.Main;
import bachprop.util.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grader on bad input: each case grades the fixture's two exercises through the real command. */
class GradeCommandTest {
    private static final Pattern CI_SUMMARY = Pattern.compile(".*\\d+ passed, \\d+ failed.*");

    @TempDir
    Path tmp;

    record Outcome(int code, String out, long millis) {
        /** The table row of one exercise and task, e.g. "calc  2  timed out  ...". */
        String row(String slug, int task) {
            for (String line : out.lines().toList()) {
                String[] f = line.trim().split("\\s{2,}");
                if (f.length >= 3 && f[0].equals(slug) && f[1].equals(String.valueOf(task))) {
                    return line;
                }
            }
            throw new AssertionError("no row for " + slug + " task " + task + " in:\n" + out);
        }

        String result(String slug, int task) {
            return row(slug, task).trim().split("\\s{2,}")[2];
        }
    }

    Outcome grade(Path exercises, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "grade",
                "--dir",
                exercises.toString(),
                "--timeout",
                "3",
                "--progress",
                tmp.resolve("user/progress.json").toString()));
        args.addAll(List.of(extra));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        int code;
        try (PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            code = Main.run(args.toArray(String[]::new), out, out);
        }
        String text = buf.toString(StandardCharsets.UTF_8);
        for (String line : text.lines().toList()) {
            assertFalse(CI_SUMMARY.matcher(line).matches(), "a line looks like a CI test summary: " + line);
        }
        return new Outcome(code, text, (System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    void compileErrorIsShownWithFileAndLineAndOtherExercisesAreGraded() throws Exception {
        Path ex = Fixture.write(tmp, Fixture.REFERENCE.replace("return a + b;", "return a + ;"));
        Outcome o = grade(ex);
        assertTrue(o.out().contains("calc does not compile:"), o.out());
        assertTrue(o.out().contains("calc/src/main/java/Calc.java:3: error: illegal start of expression"), o.out());
        assertEquals("fail", o.result("calc", 1));
        assertEquals("pass", o.result("twice", 1));
        assertEquals(1, o.code());
    }

    @Test
    void endlessLoopTimesOutThatTaskAndTheOthersAreStillGraded() throws Exception {
        Path ex = Fixture.write(tmp, Fixture.REFERENCE.replace("i++;", "i = i + 0;"));
        Outcome o = grade(ex);
        assertEquals("timed out", o.result("calc", 2), o.out());
        assertEquals("pass", o.result("calc", 1), o.out());
        assertEquals("pass", o.result("calc", 3), o.out());
        assertEquals("pass", o.result("twice", 1), o.out());
        // The per-test deadline is 3 s; compiling and two JVM starts come on top.
        assertTrue(o.millis() < 40_000, "grading took " + o.millis() + " ms");
        Map<?, ?> progress = (Map<?, ?>)
                ((Map<?, ?>) Json.parse(Files.readString(tmp.resolve("user/progress.json")))).get("exercises");
        Map<?, ?> calc = (Map<?, ?>) progress.get("calc");
        assertEquals(1.0, calc.get("chapter"));
        assertEquals(false, calc.get("passed"));
        assertEquals(Map.of("1", "pass", "2", "timeout", "3", "pass"), calc.get("tasks"));
        assertEquals(true, ((Map<?, ?>) progress.get("twice")).get("passed"));
    }

    @Test
    void systemExitFailsThatTestWithAMessageAndGradingGoesOn() throws Exception {
        Path ex = Fixture.write(tmp, Fixture.REFERENCE.replace("return x / 2;", "System.exit(3);\n        return 0;"));
        Outcome o = grade(ex);
        assertTrue(
                o.out()
                        .contains(
                                "halvesSeven(): the test tried to end the JVM with System.exit(3) or Runtime.halt(3): "
                                        + "ending the test JVM is not allowed"),
                o.out());
        assertEquals("fail", o.result("calc", 3), o.out());
        assertEquals("pass", o.result("calc", 1), o.out());
        assertEquals("pass", o.result("calc", 2), o.out());
        assertEquals("pass", o.result("twice", 1), o.out());
    }

    @Test
    void outOfMemoryIsReportedForThatExerciseAndGradingGoesOn() throws Exception {
        String hog = "java.util.List<long[]> keep = new java.util.ArrayList<>();\n"
                + "        while (true) {\n            keep.add(new long[1 << 20]);\n        }";
        Path ex = Fixture.write(tmp, Fixture.REFERENCE.replace("return a + b;", hog));
        Outcome o = grade(ex);
        assertTrue(o.out().contains("calc: the test JVM ran out of memory"), o.out());
        assertEquals("crashed", o.result("calc", 1), o.out());
        assertEquals("pass", o.result("calc", 3), o.out());
        assertEquals("pass", o.result("twice", 1), o.out());
    }

    @Test
    void recognisedMistakeGetsTheHintThatNamesIt() throws Exception {
        Path ex = Fixture.write(tmp, Fixture.REFERENCE.replace("return x / 2;", "return (int) x / 2;"));
        Outcome o = grade(ex, "calc");
        assertTrue(
                o.row("calc", 3).contains("Integer division (hint 1 of 3; next: bachprop grade --hint calc 3)"),
                o.out());
        assertFalse(o.out().contains("You divided integers"), "tier 2 is shown only on request:\n" + o.out());
        Outcome h = grade(ex, "--hint", "calc");
        assertEquals("calc, task 3: hint 2 of 3\nYou divided integers: 7 / 2 is 3 in Java.\n", h.out());
        assertTrue(grade(ex, "--hint", "calc", "3")
                .out()
                .startsWith("calc, task 3: hint 3 of 3 (the last)\nDivide by 2."));
        assertEquals("pass", o.result("calc", 1));
        assertFalse(o.out().contains("twice"), "only the named exercise is graded:\n" + o.out());
    }

    @Test
    void unrecognisedFailureGetsTheTasksOwnHint() throws Exception {
        Path ex = Fixture.write(tmp, Fixture.REFERENCE.replace("return a + b;", "return a * b;"));
        Outcome o = grade(ex, "calc");
        assertEquals("fail", o.result("calc", 1));
        assertTrue(o.row("calc", 1).contains("Use +."), o.out());
        assertFalse(o.row("calc", 1).contains("Plus, not minus"), o.out());
    }

    @Test
    void untouchedStubPrintsOneNotStartedLinePerTaskWithOnlyTheFirstHint() throws Exception {
        Path ex = Fixture.write(tmp, Fixture.stub());
        Outcome o = grade(ex, "calc");
        for (int t = 1; t <= 3; t++) {
            assertTrue(o.row("calc", t).contains("fail       not started"), o.row("calc", t));
        }
        assertTrue(o.row("calc", 1).trim().endsWith("not started — Use +."), o.row("calc", 1));
        assertFalse(o.out().contains("↳"), "no test messages for a task not started:\n" + o.out());
        assertFalse(o.out().contains("You subtracted"), "no later tier for a task not started:\n" + o.out());
    }

    @Test
    void learnerFilesAreNeverModified() throws Exception {
        Path ex = Fixture.write(tmp, Fixture.stub());
        Map<String, String> before = Fixture.fingerprint(ex);
        Outcome o = grade(ex);
        assertEquals("fail", o.result("calc", 1));
        assertEquals(before, Fixture.fingerprint(ex), "files under the exercises folder changed");
    }

    @Test
    void checkPassesOnASoundFixture() throws Exception {
        Path ex = Fixture.write(tmp, Fixture.stub());
        Outcome o = grade(ex, "--check", "calc"); // "twice" is the fixture's always-solved bystander
        assertEquals(0, o.code(), o.out());
        assertTrue(o.out().contains("every reference passes, every stub fails, every mistake is recognised"), o.out());
    }

    @Test
    void checkFindsAMistakeNotCaughtAStubThatPassesAndAMissingHint() throws Exception {
        Path ex = Fixture.write(tmp, Fixture.REFERENCE);
        Fixture.put(
                ex.resolve("calc/.meta/stub/src/main/java/Calc.java"), Fixture.REFERENCE); // the stub already passes
        Fixture.put(ex.resolve("calc/.meta/mistakes/subtracts/src/main/java/Calc.java"), Fixture.REFERENCE);
        Fixture.put(ex.resolve("twice/.docs/hints.md"), "# Hints\n");
        Outcome o = grade(ex, "--check");
        assertEquals(1, o.code(), o.out());
        assertTrue(o.out().contains("mistake subtracts is not caught: task 1 passes"), o.out());
        assertTrue(o.out().contains("stub already passes task 1"), o.out());
        assertTrue(o.out().contains("task 1: no hint under \"## 1. …\" in .docs/hints.md"), o.out());
        assertTrue(o.out().contains("no common mistake listed"), o.out());
    }

    @Test
    void checkFindsAMistakeThatFailsWithoutBeingRecognised() throws Exception {
        Path ex = Fixture.write(tmp, Fixture.stub());
        Fixture.put(
                ex.resolve("calc/.meta/mistakes/subtracts/src/main/java/Calc.java"),
                Fixture.REFERENCE.replace("a + b", "a * b"));
        Outcome o = grade(ex, "--check", "calc");
        assertTrue(o.out().contains("mistake subtracts fails task 1 but is not recognised"), o.out());
    }

    @Test
    void packHasNoSolutionsAndCanBeGraded() throws Exception {
        Path ex = Fixture.write(tmp, Fixture.stub());
        Path pack = tmp.resolve("pack");
        Outcome o = grade(ex, "--pack", pack.toString());
        assertEquals(0, o.code(), o.out());
        try (Stream<Path> walk = Files.walk(pack)) {
            assertFalse(walk.anyMatch(p -> p.toString().contains(".meta")), "a .meta folder was packed");
        }
        assertTrue(Files.isRegularFile(pack.resolve("calc/.docs/hints.md")));
        assertTrue(Files.isRegularFile(pack.resolve("calc/src/test/java/CalcTest.java")));
        assertTrue(Files.readString(pack.resolve("README.md")).contains("bachprop grade --dir"));
        Outcome graded = grade(pack);
        assertEquals("fail", graded.result("calc", 2));
        assertEquals("pass", graded.result("twice", 1));
        Outcome again = grade(ex, "--pack", pack.toString());
        assertEquals(2, again.code(), "packing over a non-empty folder: " + again.out());
        assertTrue(again.out().contains("is not empty"), again.out());
    }

    @Test
    void packOfASolvedExerciseShipsTheStubNotTheSolution() throws Exception {
        Path ex = Fixture.write(tmp, Fixture.stub());
        Files.writeString(
                ex.resolve("calc/src/main/java/Calc.java"),
                Files.readString(ex.resolve("calc/.meta/src/main/java/Calc.java"))); // the learner solves calc
        assertEquals(0, grade(ex, "calc").code(), "the solved exercise passes");
        Path pack = tmp.resolve("pack");
        Outcome o = grade(ex, "--pack", pack.toString());
        assertTrue(o.out().contains("stubs only, no solutions"), o.out());
        assertEquals(Fixture.stub(), Files.readString(pack.resolve("calc/src/main/java/Calc.java")));
        assertEquals("fail", grade(pack, "calc").result("calc", 1), "the packed calc is the stub again");
    }

    @Test
    void packRefusesAnExerciseWithoutAStoredStub() throws Exception {
        Path ex = Fixture.write(tmp, Fixture.stub());
        Files.delete(ex.resolve("calc/.meta/stub/src/main/java/Calc.java"));
        Files.delete(ex.resolve("calc/.meta/stub/src/main/java"));
        Outcome o = grade(ex, "--pack", tmp.resolve("p").toString());
        assertEquals(2, o.code(), o.out());
        assertTrue(o.out().contains("calc has no stored stub"), o.out());
    }

    @Test
    void malformedManifestIsAOneLineErrorNamingFileAndLine() throws Exception {
        Path ex = Fixture.write(tmp, Fixture.stub());
        Files.writeString(ex.resolve("manifest.json"), "{\"exercises\": [\n  {\"slug\": \"calc\",,}\n]}\n");
        Outcome o = grade(ex);
        assertEquals(2, o.code(), o.out());
        assertTrue(
                o.out().startsWith("bachprop grade: ") && o.out().contains("manifest.json: line 2, column"), o.out());
        assertEquals(1, o.out().lines().count(), o.out());
    }

    @Test
    void unknownExerciseIsAOneLineUsageError() throws Exception {
        Path ex = Fixture.write(tmp, Fixture.stub());
        Outcome o = grade(ex, "nope");
        assertEquals(2, o.code(), o.out());
        assertEquals(
                "bachprop grade: no exercise 'nope' (known: calc, twice)",
                o.out().strip());
    }
}

package bachprop.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.format.GradeRun;
import bachprop.grade.format.ReportFormat;
import bachprop.grade.format.ReportFormats;
import bachprop.util.BadInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hidden tests: listed in the manifest, kept in .meta/hidden/, left out of the pack and of a
 * student's plain grade, run by an instructor's grader, and shown to students only as
 * "a hidden test failed" in every format.
 */
class HiddenTestsTest {
    /** A hidden test whose name, message and inputs must never reach a report. */
    static final String HIDDEN = """
            import org.junit.jupiter.api.Assertions;
            import org.junit.jupiter.api.Tag;
            import org.junit.jupiter.api.Test;

            class CalcSecretTest {
                @Test
                @Tag("task:1")
                void addsFortyAndTwoSecretly() {
                    Assertions.assertEquals(42, Calc.add(40, 2), "SECRET-MESSAGE forty plus two");
                }
            }
            """;

    /** A learner who hard-codes the visible test's answer, and prints what the hidden test passes in. */
    static final String HARD_CODED = Fixture.REFERENCE.replace(
            "return a + b;",
            "if (a != 2) {\n            System.out.println(\"SECRET-OUTPUT \" + a);\n        }\n        return 5;");

    @TempDir
    Path tmp;

    Path withHidden(String calc, String manifestExtra) throws Exception {
        Path ex = Fixture.write(tmp, calc);
        Fixture.put(
                ex.resolve("manifest.json"),
                Fixture.MANIFEST.replace(
                        "\"title\": \"Calc\", \"tasks\": 3,",
                        "\"title\": \"Calc\", \"tasks\": 3, \"hidden\": [\"CalcSecretTest\"]" + manifestExtra + ","));
        Fixture.put(ex.resolve("calc/.meta/hidden/src/test/java/CalcSecretTest.java"), HIDDEN);
        return ex;
    }

    static Grader grader(Path ex) {
        return new Grader(ex, Duration.ofSeconds(5), Duration.ofSeconds(60));
    }

    static List<ExerciseReport> gradeCalc(Grader g) throws Exception {
        List<Exercise> calc =
                g.exercises().stream().filter(e -> e.slug().equals("calc")).toList();
        return g.grade(calc, line -> {});
    }

    @Test
    void aStudentsPlainGradeRunsOnlyTheVisibleTestsAndAnInstructorsRunsBoth() throws Exception {
        Path ex = withHidden(HARD_CODED, "");
        ExerciseReport student = gradeCalc(grader(ex)).get(0);
        assertEquals("pass", student.rows().get(0).result(), "the hard-coded answer passes the visible test");
        assertTrue(student.tests().stream().noneMatch(TestResult::hidden));

        ExerciseReport instructor = gradeCalc(grader(ex).includingHidden(true)).get(0);
        assertEquals("fail", instructor.rows().get(0).result(), "the hidden test catches the hard-coded answer");
        assertEquals(List.of(TestResult.HIDDEN_FAILED), instructor.rows().get(0).details());
        TestResult hidden = instructor.tests().get(instructor.tests().size() - 1);
        assertEquals(
                new TestResult(
                        "hidden test 1", 1, "fail", TestResult.HIDDEN_FAILED, "", hidden.seconds(), "", 0, "", true),
                hidden);

        // Nothing of the hidden test leaks into any format: not its name, message, inputs or output.
        GradeRun run = new GradeRun(List.of(instructor), 1);
        for (ReportFormat f : ReportFormats.all()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            f.write(run, out);
            String text = out.toString(StandardCharsets.UTF_8);
            if (f.name().equals("classroom")) {
                text = new String(Base64.getDecoder().decode(text.strip()), StandardCharsets.UTF_8);
            }
            for (String secret : List.of("SECRET", "CalcSecretTest", "addsFortyAndTwo", "add(40")) {
                assertFalse(text.contains(secret), f.name() + " shows " + secret + ":\n" + text);
            }
            assertTrue(text.contains(TestResult.HIDDEN_FAILED), f.name() + ":\n" + text);
            if (f.name().equals("gradescope")) {
                assertTrue(text.contains("\"visibility\": \"after_published\""), text);
            }
        }
    }

    @Test
    void gradescopeVisibilityOfHiddenTestsComesFromTheManifest() throws Exception {
        Path ex = withHidden(Fixture.REFERENCE, ", \"hiddenVisibility\": \"hidden\"");
        ExerciseReport r = gradeCalc(grader(ex).includingHidden(true)).get(0);
        assertTrue(r.passed(), "the reference passes the hidden test");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormats.named("gradescope").write(new GradeRun(List.of(r), 1), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("\"name\": \"hidden test 1\""), text);
        assertTrue(text.contains("\"visibility\": \"hidden\""), text);
    }

    @Test
    void packLeavesHiddenTestsOutAndCheckRunsThem() throws Exception {
        Path ex = withHidden(Fixture.REFERENCE, "");
        Grader g = grader(ex);
        Path pack = tmp.resolve("pack");
        Pack.write(ex, g.exercises(), pack);
        try (Stream<Path> files = Files.walk(pack)) {
            List<String> all = files.map(p -> pack.relativize(p).toString()).toList();
            assertTrue(
                    all.stream().noneMatch(p -> p.contains(".meta") || p.contains("CalcSecretTest")), all.toString());
            assertTrue(all.contains("calc/src/test/java/CalcTest.java"), all.toString());
        }
        String manifest = Files.readString(pack.resolve("manifest.json"));
        assertFalse(manifest.contains("CalcSecretTest"), "the pack's manifest names no hidden test: " + manifest);
        assertEquals(g.exercises().size(), Exercise.readManifest(pack).size(), "and still reads");
        // The check: the reference passes the hidden test, the stub fails it.
        List<ExerciseCheck.Verdict> sound = new ExerciseCheck(g).check(g.exercises(), line -> {});
        assertEquals(List.of(), sound.get(0).problems());
        // A hidden test the stub passes is caught.
        Fixture.put(
                ex.resolve("calc/.meta/hidden/src/test/java/CalcSecretTest.java"),
                HIDDEN.replace("Assertions.assertEquals(42, Calc.add(40, 2), \"SECRET-MESSAGE forty plus two\");", ""));
        List<ExerciseCheck.Verdict> weak = new ExerciseCheck(g).check(g.exercises(), line -> {});
        assertEquals(
                List.of("stub already passes hidden test addsFortyAndTwoSecretly()"),
                weak.get(0).problems());
    }

    @Test
    void aListedHiddenTestThatIsAbsentIsAClearErrorForTheInstructorsRun() throws Exception {
        Path ex = withHidden(Fixture.REFERENCE, "");
        Files.delete(ex.resolve("calc/.meta/hidden/src/test/java/CalcSecretTest.java"));
        BadInputException e =
                assertThrows(BadInputException.class, () -> gradeCalc(grader(ex).includingHidden(true)));
        assertTrue(e.getMessage().contains("calc: the manifest lists hidden test CalcSecretTest but"), e.getMessage());
        assertEquals("pass", gradeCalc(grader(ex)).get(0).rows().get(0).result(), "a student's run does not need it");
    }
}

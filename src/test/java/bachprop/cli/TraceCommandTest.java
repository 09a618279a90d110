package bachprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.util.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Run traceFile(String json) throws Exception {
        Path f = dir.resolve("net.json");
        Files.writeString(f, json);
        return run("trace", "--net", f.toString());
    }

    static final String GOOD = """
            {"sizes": [2, 2, 2],
             "weights": [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]],
             "biases": [[0.35, 0.35], [0.60, 0.60]],
             "input": [0.05, 0.10], "target": [0.01, 0.99], "eta": 0.5}
            """;

    @Test
    void mazurPresetListsEveryEquationAndTheCostAfter() {
        Run r = run("trace", "--net", "mazur");
        assertEquals(0, r.code(), r.err());
        for (String label : List.of("(eq. 3)", "(eq. 5)", "(eq. 7)", "(BP1)", "(BP2)", "(BP3)", "(BP4)", "(eq. 13)")) {
            assertTrue(r.out().contains(label), label);
        }
        assertTrue(r.out().contains("cost after the update:  C = 0.280471447"), r.out());
    }

    @Test
    void jsonOutputHasStepsInOrderAndTheUpdatedCost() {
        Run r = run("trace", "--net", "mazur", "--json");
        assertEquals(0, r.code(), r.err());
        Map<?, ?> root = (Map<?, ?>) Json.parse(r.out());
        List<?> steps = (List<?>) root.get("steps");
        assertEquals(8 + 1 + 2 + 2 + 4 + 8 + 8 + 4, steps.size());
        assertEquals("BP1", ((Map<?, ?>) steps.get(9)).get("label"));
        assertEquals(0.280471447, (Double) ((Map<?, ?>) root.get("after")).get("cost"), 1e-9);
    }

    @Test
    void fileEqualToMazurGivesTheSameCost() throws Exception {
        Run r = traceFile(GOOD);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("0.280471447"));
    }

    void assertOneLineError(Run r, String... fragments) {
        assertEquals(2, r.code());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        for (String f : fragments) {
            assertTrue(err.contains(f), "'" + f + "' in: " + err);
        }
    }

    @Test
    void wrongMatrixSizeNamesTheField() throws Exception {
        assertOneLineError(traceFile(GOOD.replace("[0.25, 0.30]]", "[0.25]]")), "weights[0][1]");
    }

    @Test
    void nanWeightNamesTheField() throws Exception {
        assertOneLineError(traceFile(GOOD.replace("0.45", "NaN")), "weights[1][0][1]", "finite");
    }

    @Test
    void infiniteInputNamesTheField() throws Exception {
        assertOneLineError(traceFile(GOOD.replace("0.05, 0.10", "0.05, 1e999")), "input[1]", "finite");
    }

    @Test
    void missingFieldIsNamed() throws Exception {
        assertOneLineError(traceFile(GOOD.replace("\"eta\": 0.5", "\"etaa\": 0.5")), "missing field 'eta'");
    }

    @Test
    void malformedJsonNamesTheLine() throws Exception {
        assertOneLineError(
                traceFile(GOOD.replace(
                        "\"biases\": [[0.35, 0.35], [0.60, 0.60]],", "\"biases\": [[0.35, 0.35] [0.60, 0.60]],")),
                "line 3");
    }

    @Test
    void unknownPresetIsNamed() {
        assertOneLineError(run("trace", "--net", "mazurr"), "unknown preset 'mazurr'");
    }

    @Test
    void missingFileIsNamed() {
        assertOneLineError(run("trace", "--net", dir.resolve("nope.json").toString()), "no such file");
    }

    @Test
    void aNetWhoseWeightedInputOverflowsIsReportedAsDivergenceAtItsFirstStep() throws Exception {
        // 1e308·1 + 1e308·1 overflows: z²₁ = ∞ is step 1, eq. 3
        Run r = traceFile("""
                {"sizes": [2, 2, 2],
                 "weights": [[[1e308, 1e308], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]],
                 "biases": [[0.35, 0.35], [0.60, 0.60]],
                 "input": [1, 1], "target": [0.01, 0.99], "eta": 0.5}
                """);
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("bachprop trace: diverged at step 1 (eq. 3, z²₁ = Infinity): "), r.err());
        assertTrue(r.err().contains("smaller η"), r.err());
        Run json = run("trace", "--net", dir.resolve("net.json").toString(), "--json");
        assertEquals(1, json.code());
        assertEquals("", json.out(), "no JSON with NaN or ∞ in it");
    }
}

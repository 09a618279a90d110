package bachprop.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.util.BadInputException;
import bachprop.util.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetFileTest {
    static final String NET = """
            {"sizes": [2, 2, 1],
             "weights": [[[0.1, 0.2], [0.3, 0.4]], [[0.5, W]]],
             "biases": [[0.1, 0.1], [0.2]],
             "input": [1, 0], "target": [1], "eta": 0.5}
            """;

    static String error(Path dir, String text) throws Exception {
        Path f = dir.resolve("net.json");
        Files.writeString(f, text);
        String m = assertThrows(BadInputException.class, () -> NetFile.read(f)).getMessage();
        assertTrue(m.startsWith(f + ": "), m);
        assertFalse(m.contains("\n"), m);
        return m;
    }

    @Test
    void aHundredThousandNestedBracketsAreAOneLineErrorNamingTheFile(@TempDir Path tmp) throws Exception {
        String m = error(tmp, "[".repeat(100_000) + "]".repeat(100_000));
        assertTrue(m.contains("line 1, column 1"), m);
        m = error(tmp, "{\"description\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        assertTrue(m.contains("field 'description'"), m);
        m = error(tmp, NET.replace("W", "[".repeat(100_000) + "]".repeat(100_000)));
        assertTrue(m.contains("field 'weights[1][0][1]': expected a number, found an array"), m);
    }

    @Test
    void aNumberThatIsNotFiniteOrTooLargeIsRejectedNamingTheField(@TempDir Path tmp) throws Exception {
        for (String bad : new String[] {"NaN", "Infinity", "-Infinity", "1e400", "-1e309"}) {
            String m = error(tmp, NET.replace("W", bad));
            assertTrue(m.contains("field 'weights[1][0][1]': not a finite number (" + bad + ")"), m);
        }
        assertTrue(error(tmp, NET.replace("W", "0.6").replace("0.5}", "NaN}"))
                .contains("field 'eta': not a finite number"));
    }

    @Test
    void shapesTypesAndUnknownFieldsAreNamed(@TempDir Path tmp) throws Exception {
        assertTrue(error(tmp, NET.replace("W", "0.6").replace("[2, 2, 1]", "[2, 2.5, 1]"))
                .contains("field 'sizes[1]'"));
        assertTrue(
                error(tmp, NET.replace("W", "0.6").replace("\"eta\"", "\"updateBias\": false, \"eta\""))
                        .endsWith(
                                "field 'updateBias': unknown field (known fields: biases, description, eta, input, sizes, target, updateBiases, weights)"));
        assertTrue(error(tmp, NET.replace("W", "0.6").replace("\"eta\"", "\"etta\""))
                .endsWith("missing field 'eta'"));
        assertTrue(error(tmp, NET.replace("[[0.5, W]]", "[[0.5]]"))
                .contains("field 'weights[1][0]' has 1 entries, layer 2 has 2 neurons"));
        assertTrue(error(tmp, NET.replace("W", "0.6").replace(", \"eta\": 0.5", ""))
                .endsWith("missing field 'eta'"));
    }

    @Test
    void aFileThatIsNotUtf8SaysSo(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("net.json");
        Files.write(
                f, NET.replace("W", "0.6").replace("\"eta\"", "\"\u00e9ta\"").getBytes("ISO-8859-1"));
        String m = assertThrows(BadInputException.class, () -> NetFile.read(f)).getMessage();
        assertTrue(m.startsWith(f + ": line 4: not UTF-8 text"), m);
    }

    @Test
    void theMazurPresetSurvivesARoundTripThroughItsDocument() {
        NetFile mazur = NetFile.read("mazur");
        TraceJson.Weights w = TraceJson.Weights.of(mazur.network());
        NetFile.Document d = new NetFile.Document(
                w.sizes(),
                w.weights(),
                w.biases(),
                mazur.input().toArray(),
                mazur.target().toArray(),
                mazur.eta(),
                false,
                null);
        NetFile back = NetFile.parse(Json.write(d), "round trip");
        assertEquals(mazur.network().toString(), back.network().toString());
        assertArrayEquals(mazur.input().toArray(), back.input().toArray(), 0);
        assertEquals(0.5, back.eta(), 0);
        assertFalse(back.updateBiases());
    }
}

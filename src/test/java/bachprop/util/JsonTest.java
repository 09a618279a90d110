package bachprop.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTest {
    record Point(double x, double[] ys, int n) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Lenient(double x) {}

    static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    @Test
    void hundredThousandNestedBracketsAreAOneLineErrorNamingTheFileNotAStackOverflow(@TempDir Path tmp)
            throws Exception {
        Path f = tmp.resolve("deep.json");
        Files.writeString(f, nested(100_000));
        BadInputException e = assertThrows(BadInputException.class, () -> Json.read(f, Object.class));
        assertEquals(f + ": Document nesting depth (201) exceeds the maximum allowed (200)", e.getMessage());
        // bound to a record, an array where a number belongs is already an error, before any depth
        BadInputException typed = assertThrows(BadInputException.class, () -> Json.read(f, Point.class));
        assertTrue(typed.getMessage().startsWith(f + ": line 1, column 1: "), typed.getMessage());
    }

    @Test
    void deepNestingInAnIgnoredFieldIsStillCaught() {
        String text = "{\"x\": 1, \"ys\": [], \"n\": 1, \"extra\": " + nested(100_000) + "}";
        BadInputException e = assertThrows(BadInputException.class, () -> Json.read(text, "p.json", Lenient.class));
        assertTrue(e.getMessage().startsWith("p.json: "), e.getMessage());
        assertTrue(e.getMessage().contains("nesting depth (201) exceeds the maximum allowed (200)"), e.getMessage());
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        assertTrue(Json.parse(nested(Json.MAX_DEPTH)) instanceof List<?>);
    }

    @Test
    void aNumberThatIsNotFiniteIsRejectedNamingTheField() {
        for (String bad : List.of("NaN", "Infinity", "-Infinity", "1e400")) {
            String text = "{\"x\": 1, \"ys\": [0, 1, " + bad + "], \"n\": 2}";
            BadInputException e = assertThrows(BadInputException.class, () -> Json.read(text, "p.json", Point.class));
            assertTrue(e.getMessage().startsWith("p.json: line 1, column "), e.getMessage());
            assertTrue(e.getMessage().contains("field 'ys[2]': not a finite number (" + bad + ")"), e.getMessage());
        }
        BadInputException e =
                assertThrows(BadInputException.class, () -> Json.read("{\"x\": NaN}", "p.json", Point.class));
        assertTrue(e.getMessage().contains("field 'x': not a finite number"), e.getMessage());
    }

    @Test
    void aWrongTypeAnUnknownFieldAFractionForAWholeNumberAreNamed() {
        assertTrue(assertThrows(BadInputException.class, () -> Json.read("{\"x\": \"1\"}", "p.json", Point.class))
                .getMessage()
                .contains("field 'x': expected a number, found the text \"1\""));
        assertTrue(assertThrows(
                        BadInputException.class,
                        () -> Json.read("{\"x\": 1, \"ys\": [], \"n\": 1, \"z\": 2}", "p.json", Point.class))
                .getMessage()
                .contains("field 'z': unknown field (known fields: n, x, ys)"));
        assertTrue(assertThrows(BadInputException.class, () -> Json.read("{\"n\": 1.5}", "p.json", Point.class))
                .getMessage()
                .contains("field 'n': expected a whole number, found floating-point 1.5"));
        assertTrue(
                assertThrows(BadInputException.class, () -> Json.read("{\"x\": 1, \"ys\": []}", "p.json", Point.class))
                        .getMessage()
                        .endsWith("field 'n': missing, or null where a value is required"));
        assertTrue(assertThrows(BadInputException.class, () -> Json.read("null", "p.json", Point.class))
                .getMessage()
                .contains("p.json: the document is null"));
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        BadInputException e =
                assertThrows(BadInputException.class, () -> Json.read("{\n  \"x\": 1,,\n}", "p.json", Point.class));
        assertTrue(e.getMessage().startsWith("p.json: line 2, column 10: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8SaysSo(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("latin1.json");
        Files.write(f, new byte[] {'{', '\n', '"', 'x', (byte) 0xE9, '"', ':', '1', '}'});
        BadInputException e = assertThrows(BadInputException.class, () -> Json.read(f, Point.class));
        assertEquals(f + ": line 2: not UTF-8 text (byte 0xE9 at offset 4); save it as UTF-8", e.getMessage());
    }

    @Test
    void aRecordSurvivesARoundTrip() {
        Point p = new Point(0.1, new double[] {1e-5, -2.5}, 3);
        Point back = Json.read(Json.write(p), "p", Point.class);
        assertEquals(p.x(), back.x(), 0);
        assertEquals(List.of(1e-5, -2.5), List.of(back.ys()[0], back.ys()[1]));
        assertEquals(3, back.n());
    }

    @Test
    void theLayoutIsTheDocumentedOne() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", 0.5);
        m.put("b", new double[] {1, 1e-5, Double.NaN});
        m.put("c", List.of(List.of(1, 2), Map.of()));
        m.put("d", "é \"q\" \\ \n\u0001");
        m.put("e", Map.of());
        m.put("f", List.of());
        assertEquals("""
                {
                  "a": 0.5,
                  "b": [1.0, 1.0E-5, null],
                  "c": [
                    [1, 2],
                    {}
                  ],
                  "d": "é \\"q\\" \\\\ \\n\\u0001",
                  "e": {},
                  "f": []
                }""", Json.write(m));
    }
}

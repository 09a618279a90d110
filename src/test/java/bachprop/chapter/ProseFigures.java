package bachprop.chapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;

/** For the tests that check a chapter's figures (chapters/figures.tsv rows {@code test PATH}) against a measurement. */
public final class ProseFigures {
    private ProseFigures() {}

    /**
     * Asserts that the measured value rounds to the figure at the decimals the prose writes it with,
     * the rule of {@code bachprop read --check}: "442.5" stands for 442.45 to 442.55. A figure with
     * % is a measured fraction times 100; thousands separators are ignored ("9,048").
     */
    public static void assertFigure(String figure, double measured, String what) {
        String plain = figure.replace("%", "").replace(",", "").strip();
        int dot = plain.indexOf('.');
        double tolerance = 0.5 * Math.pow(10, dot < 0 ? 0 : -(plain.length() - dot - 1)) + 1e-12;
        double value = figure.endsWith("%") ? 100 * measured : measured;
        assertEquals(Double.parseDouble(plain), value, tolerance, what + ": the prose says " + figure);
    }

    /** The number at a path of a command's JSON, like {@code generation.model.notes}. */
    public static double at(Map<?, ?> json, String path) {
        Object v = json;
        for (String key : path.split("\\.")) {
            v = ((Map<?, ?>) v).get(key);
        }
        assertNotNull(v, path);
        return ((Number) v).doubleValue();
    }
}

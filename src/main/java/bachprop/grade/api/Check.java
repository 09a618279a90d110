package bachprop.grade.api;

import java.util.Arrays;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions for exercise tests that can recognise a known common mistake. A test states the
 * right value and, for each mistake it knows, the value that mistake produces; when the learner's
 * value is wrong but equals a mistake's value, the failure message ends with
 * {@code [mistake: ID]} and the grader shows the hint the manifest maps that mistake to.
 *
 * <pre>{@code
 * Check.near("δᴸ for Mazur's network", expected, NetworkEx.outputError(a, y, z), 1e-9,
 *     Check.mistake("no-sigma-prime", aMinusY));
 * }</pre>
 */
public final class Check {
    private Check() {}

    /** The value (flattened, row by row) that the mistake called {@code id} produces. */
    public record Mistake(String id, double[] values) {
        @Override
        public String toString() {
            return id + " " + Arrays.toString(values);
        }
    }

    public static Mistake mistake(String id, double... values) {
        return new Mistake(id, values.clone());
    }

    public static Mistake mistake(String id, double[][] values) {
        return new Mistake(id, flatten(values));
    }

    /** The tag the grader reads from a failure message. */
    public static String tag(String id) {
        return "[mistake: " + id + "]";
    }

    /** Fails naming a recognised mistake (for mistakes a value cannot show, e.g. an unseeded shuffle). */
    public static void fail(String mistakeId, String message) {
        throw new AssertionFailedError(message + " " + tag(mistakeId));
    }

    /** Fails naming the mistake when {@code condition} holds. */
    public static void failIf(boolean condition, String mistakeId, String message) {
        if (condition) {
            fail(mistakeId, message);
        }
    }

    /** |expected − actual| ≤ tol, else a failure naming any mistake whose value matches actual. */
    public static void near(String what, double expected, double actual, double tol, Mistake... known) {
        near(what, new double[] {expected}, new double[] {actual}, tol, known);
    }

    /** Entry-wise |expected − actual| ≤ tol for vectors. */
    public static void near(String what, double[] expected, double[] actual, double tol, Mistake... known) {
        if (actual == null) {
            throw new AssertionFailedError(what + ": expected " + Arrays.toString(expected) + " but was null");
        }
        if (actual.length != expected.length) {
            throw new AssertionFailedError(what + ": expected " + expected.length + " entries but got " + actual.length
                    + " " + Arrays.toString(actual));
        }
        if (within(expected, actual, tol)) {
            return;
        }
        StringBuilder msg = new StringBuilder(what)
                .append(": expected ")
                .append(show(expected))
                .append(" but was ")
                .append(show(actual))
                .append(" (tolerance ")
                .append(tol)
                .append(')');
        for (Mistake m : known) {
            if (m.values().length == actual.length && within(m.values(), actual, tol)) {
                msg.append(' ').append(tag(m.id()));
                break;
            }
        }
        throw new AssertionFailedError(msg.toString());
    }

    /** Entry-wise |expected − actual| ≤ tol for matrices (compared row by row). */
    public static void near(String what, double[][] expected, double[][] actual, double tol, Mistake... known) {
        if (actual == null) {
            throw new AssertionFailedError(what + ": expected a matrix but was null");
        }
        if (actual.length != expected.length) {
            throw new AssertionFailedError(what + ": expected " + expected.length + " rows but got " + actual.length);
        }
        for (int r = 0; r < actual.length; r++) {
            if (actual[r] == null || actual[r].length != expected[r].length) {
                throw new AssertionFailedError(what + ": row " + r + " should have " + expected[r].length + " entries");
            }
        }
        near(what, flatten(expected), flatten(actual), tol, known);
    }

    private static boolean within(double[] expected, double[] actual, double tol) {
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual[i];
            if (Double.isNaN(e) || Double.isNaN(a)) {
                if (!(Double.isNaN(e) && Double.isNaN(a))) {
                    return false;
                }
            } else if (Double.isInfinite(e) || Double.isInfinite(a)) {
                if (e != a) {
                    return false;
                }
            } else if (!(Math.abs(e - a) <= tol)) {
                return false;
            }
        }
        return true;
    }

    private static double[] flatten(double[][] m) {
        return Arrays.stream(m).flatMapToDouble(Arrays::stream).toArray();
    }

    private static String show(double[] v) {
        return v.length == 1 ? Double.toString(v[0]) : Arrays.toString(v);
    }
}

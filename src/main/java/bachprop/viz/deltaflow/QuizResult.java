package bachprop.viz.deltaflow;

import bachprop.nn.Fmt;

/**
 * The verdict on one quiz answer: right within the tolerance or not, and when not, what can be
 * told about which factor is off ({@code hint}, empty when nothing specific can be told).
 */
public record QuizResult(String quantity, double answer, double expected, boolean correct, String hint) {
    /** Right if within 0.5 % of the value, or within 10⁻⁶ of it when the value is that small. */
    public static final double RELATIVE_TOLERANCE = 0.005;

    public static final double ABSOLUTE_TOLERANCE = 1e-6;

    public static boolean close(double answer, double expected) {
        return Math.abs(answer - expected) <= Math.max(ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE * Math.abs(expected));
    }

    /** One line for the student. */
    public String message() {
        if (correct) {
            return "Right: " + quantity + " = " + Fmt.sig(expected, 4) + ".";
        }
        return "Not quite: " + Fmt.sig(answer, 4) + " is not within 0.5 % of " + quantity + "."
                + (hint.isEmpty() ? "" : " " + hint);
    }

    @Override
    public String toString() {
        return message();
    }
}

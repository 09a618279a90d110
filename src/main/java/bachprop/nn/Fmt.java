package bachprop.nn;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number formatting shared by every readable listing: significant digits, no exponent noise. */
public final class Fmt {
    private Fmt() {}

    /** A number with up to 6 significant digits, as a student would write it. */
    public static String num(double x) {
        return sig(x, 6);
    }

    /** A number rounded to {@code digits} significant digits, trailing zeros dropped. */
    public static String sig(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(x).round(new MathContext(digits)).stripTrailingZeros();
        double mag = Math.abs(x);
        if (mag >= 1e-4 && mag < 1e7) {
            return d.toPlainString();
        }
        return d.toString();
    }
}

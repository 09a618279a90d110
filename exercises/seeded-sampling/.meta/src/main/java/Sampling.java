import java.util.Random;

/** Section 6.2: turn outputs into probabilities, then draw one value with a seeded generator. */
public final class Sampling {

    /** a divided by its sum. */
    public static double[] normalise(double[] a) {
        double sum = 0;
        for (double v : a) {
            sum += v;
        }
        double[] p = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            p[i] = a[i] / sum;
        }
        return p;
    }

    /** The first i whose running total p[0] + … + p[i] exceeds one u = random.nextDouble(). */
    public static int sample(double[] p, Random random) {
        double u = random.nextDouble();
        double total = 0;
        int last = -1;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                last = i;
            }
            total += p[i];
            if (u < total) {
                return i;
            }
        }
        return last;
    }
}

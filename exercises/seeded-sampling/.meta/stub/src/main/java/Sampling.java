import java.util.Random;

/** Section 6.2: turn outputs into probabilities, then draw one value with a seeded generator. */
public final class Sampling {

    /** a divided by its sum. */
    public static double[] normalise(double[] a) {
        throw new IllegalStateException("Not written yet: normalise is task 1 of .docs/instructions.md");
    }

    /** The first i whose running total p[0] + … + p[i] exceeds one u = random.nextDouble(). */
    public static int sample(double[] p, Random random) {
        throw new IllegalStateException("Not written yet: sample is task 2 of .docs/instructions.md");
    }
}

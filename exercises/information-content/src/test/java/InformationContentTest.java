import static bachprop.grade.api.Check.mistake;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.grade.api.Check;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every test makes its own arrays; expected values come from literals or the test's own helpers below. */
class InformationContentTest {
    static final double LN2 = Math.log(2);

    /** The test's own entropy in bits, independent of the learner's. */
    static double entropyOf(double[] p) {
        return Arrays.stream(p).filter(v -> v > 0).map(v -> -v * Math.log(v) / LN2).sum();
    }

    /** The test's own entropy-weighted mixture; {@code sign} −1 is the right weight, +1 weights by entropy. */
    static double[] mixtureOf(double[] a, double[] c, double b, double sign, boolean normalised) {
        double hMax = Math.log(a.length) / LN2;
        double wa = Math.pow(entropyOf(a) / hMax, sign * b);
        double wc = Math.pow(entropyOf(c) / hMax, sign * b);
        double[] p = new double[a.length];
        for (int x = 0; x < p.length; x++) {
            p[x] = (wa * a[x] + wc * c[x]) / (normalised ? wa + wc : 1);
        }
        return p;
    }

    static double[] sure() {
        return new double[] {0.7, 0.1, 0.1, 0.1};
    }

    static double[] unsure() {
        return new double[] {0.4, 0.3, 0.2, 0.1};
    }

    @Test
    @Tag("task:1")
    void aNoteWithProbabilityOneEighthCostsThreeBits() {
        Check.near("ic(1/8)", 3, InformationContent.ic(0.125), 1e-12,
                mistake("natural-log", Math.log(8)), mistake("no-minus", -3));
    }

    @Test
    @Tag("task:1")
    void aCertainNoteCostsNothingAndAnImpossibleOneInfinitelyMuch() {
        Check.near("ic(1/2)", 1, InformationContent.ic(0.5), 1e-12,
                mistake("natural-log", LN2), mistake("no-minus", -1));
        Check.near("ic(1)", 0, Math.abs(InformationContent.ic(1)), 1e-15);
        Check.near("ic(0), a note the model thought impossible", Double.POSITIVE_INFINITY, InformationContent.ic(0), 0,
                mistake("no-minus", Double.NEGATIVE_INFINITY));
    }

    @Test
    @Tag("task:2")
    void theEntropyOfAHalfAndTwoQuartersIsOneAndAHalfBits() {
        double[] p = {0.5, 0.25, 0.25};
        Check.near("entropy(1/2, 1/4, 1/4)", 1.5, InformationContent.entropy(p), 1e-12,
                mistake("unweighted-sum", 5));
        assertArrayEquals(new double[] {0.5, 0.25, 0.25}, p, "entropy changed its argument");
    }

    @Test
    @Tag("task:2")
    void symbolsThatCannotHappenAddNothingToTheEntropy() {
        Check.near("entropy(1/2, 0, 1/2, 0)", 1, InformationContent.entropy(new double[] {0.5, 0, 0.5, 0}), 1e-12,
                mistake("zero-times-log-zero", Double.NaN), mistake("unweighted-sum", 2));
    }

    @Test
    @Tag("task:2")
    void theUniformDistributionOverFortySixPitchesHasLogTwoOfFortySixBits() {
        double[] p = new double[46];
        Arrays.fill(p, 1.0 / 46);
        Check.near("entropy(uniform over 46)", Math.log(46) / LN2, InformationContent.entropy(p), 1e-12,
                mistake("unweighted-sum", 46 * Math.log(46) / LN2));
    }

    @Test
    @Tag("task:3")
    void everySymbolCountsOneMoreThanItHasOccurred() {
        int[] soFar = {2, 2, 0};
        Check.near("shortTerm({2, 2, 0}, 4)", new double[] {2 / 7.0, 1 / 7.0, 3 / 7.0, 1 / 7.0},
                InformationContent.shortTerm(soFar, 4), 1e-12,
                mistake("no-pseudo-count", 1 / 3.0, 0, 2 / 3.0, 0),
                mistake("forgot-alphabet", 2 / 4.0, 1 / 4.0, 3 / 4.0, 1 / 4.0));
        assertArrayEquals(new int[] {2, 2, 0}, soFar, "shortTerm changed soFar");
    }

    @Test
    @Tag("task:3")
    void beforeTheFirstNoteEverySymbolIsEquallyLikely() {
        Check.near("shortTerm({}, 5)", new double[] {0.2, 0.2, 0.2, 0.2, 0.2},
                InformationContent.shortTerm(new int[0], 5), 1e-12,
                mistake("no-pseudo-count", Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN),
                mistake("forgot-alphabet", 1, 1, 1, 1, 1));
    }

    @Test
    @Tag("task:4")
    void theSurerModelWeighsMore() {
        double[] a = sure();
        double[] c = unsure();
        Check.near("combine(sure, unsure, b = 1)", mixtureOf(sure(), unsure(), 1, -1, true),
                InformationContent.combine(a, c, 1), 1e-12,
                mistake("weight-by-entropy", mixtureOf(sure(), unsure(), 1, +1, true)),
                mistake("not-normalised", mixtureOf(sure(), unsure(), 1, -1, false)));
        assertArrayEquals(sure(), a, "combine changed longTerm");
        assertArrayEquals(unsure(), c, "combine changed shortTerm");
    }

    @Test
    @Tag("task:4")
    void withBZeroTheMixtureIsThePlainAverage() {
        Check.near("combine(sure, unsure, b = 0)", new double[] {0.55, 0.2, 0.15, 0.1},
                InformationContent.combine(sure(), unsure(), 0), 1e-12,
                mistake("not-normalised", 1.1, 0.4, 0.3, 0.2));
    }

    @Test
    @Tag("task:4")
    void aLargerBGivesTheSurerModelMoreOfTheSay() {
        double[] b1 = InformationContent.combine(sure(), unsure(), 1);
        double[] b4 = InformationContent.combine(sure(), unsure(), 4);
        Check.near("combine(sure, unsure, b = 4)", mixtureOf(sure(), unsure(), 4, -1, true), b4, 1e-12,
                mistake("weight-by-entropy", mixtureOf(sure(), unsure(), 4, +1, true)),
                mistake("not-normalised", mixtureOf(sure(), unsure(), 4, -1, false)));
        assertTrue(b4[0] > b1[0], "with b = 4 the sure model's favourite should gain: " + b1[0] + " → " + b4[0]);
    }
}

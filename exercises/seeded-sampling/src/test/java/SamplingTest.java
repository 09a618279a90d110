import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SamplingTest {
    static double[] P() {
        return new double[] {0.1, 0.0, 0.6, 0.3};
    }

    /** The draws the rule of task 2 gives for these u's (and what "compare before adding" gives). */
    static double[] expectedDraws(long seed, int n, boolean compareFirst) {
        Random r = new Random(seed);
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            double u = r.nextDouble();
            double total = 0;
            int pick = 3;
            for (int i = 0; i < P().length; i++) {
                if (compareFirst) {
                    if (u < total) {
                        pick = i;
                        break;
                    }
                    total += P()[i];
                } else {
                    total += P()[i];
                    if (u < total) {
                        pick = i;
                        break;
                    }
                }
            }
            out[k] = pick;
        }
        return out;
    }

    @Test
    @Tag("task:1")
    void outputsBecomeProbabilitiesThatSumToOne() {
        Check.near("normalise(0.2, 0.6, 0.2)", new double[] {0.2, 0.6, 0.2}, Sampling.normalise(new double[] {0.2, 0.6, 0.2}), 1e-15,
                mistake("divide-by-max", 0.2 / 0.6, 1, 0.2 / 0.6));
        Check.near("normalise(1, 3, 4)", new double[] {0.125, 0.375, 0.5}, Sampling.normalise(new double[] {1, 3, 4}), 1e-15,
                mistake("divide-by-max", 0.25, 0.75, 1));
    }

    @Test
    @Tag("task:2")
    void theSameSeedGivesTheSameDraws() {
        Random a = new Random(2024);
        Random b = new Random(2024);
        boolean same = true;
        for (int k = 0; k < 50; k++) {
            same &= Sampling.sample(P(), a) == Sampling.sample(P(), b);
        }
        Check.failIf(!same, "unseeded", "two generators with seed 2024 gave different draws");
    }

    @Test
    @Tag("task:2")
    void drawsFollowTheRunningTotalRule() {
        Random r = new Random(42);
        double[] got = new double[20];
        for (int k = 0; k < got.length; k++) {
            got[k] = Sampling.sample(P(), r);
        }
        Check.near("20 draws from (0.1, 0, 0.6, 0.3) with seed 42", expectedDraws(42, 20, false), got, 0,
                mistake("compare-before-adding", expectedDraws(42, 20, true)));
    }

    @Test
    @Tag("task:2")
    void aZeroProbabilityIsNeverDrawnAndTheSharesMatch() {
        Random r = new Random(7);
        int[] counts = new int[4];
        for (int k = 0; k < 20000; k++) {
            counts[Sampling.sample(P(), r)]++;
        }
        Check.near("draws of index 1 (p = 0)", 0, counts[1], 0);
        // the share of index 2 is 0.6 ± 0.02 (its standard error with 20,000 draws is about 0.0035)
        Check.near("share of index 2 (p = 0.6)", 0.6, counts[2] / 20000.0, 0.02);
    }

    @Test
    @Tag("task:1")
    void normaliseLeavesItsArgumentUnchangedAndReturnsANewArray() {
        double[] a = {1, 3, 4};
        double[] p = Sampling.normalise(a);
        Check.near("a after normalise", new double[] {1, 3, 4}, a, 0);
        Assertions.assertNotSame(a, p, "normalise must return a new array, not a");
    }

    @Test
    @Tag("task:2")
    void sampleLeavesPUnchanged() {
        double[] p = P();
        Sampling.sample(p, new Random(3));
        Check.near("p after sample", P(), p, 0);
    }
}

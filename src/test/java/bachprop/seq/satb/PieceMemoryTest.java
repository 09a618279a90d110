package bachprop.seq.satb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The piece memory on hand-made chorales whose repeats are known, and the weights that mix it in. */
class PieceMemoryTest {
    static final int[] A = {30, 25, 20, 10};
    static final int[] B = {32, 27, 22, 12};
    static final int[] C = {34, 29, 24, 14};
    static final int[] D = {35, 30, 25, 15};

    /** A memory that has read these steps whole, and {@code above} voices of the next. */
    static PieceMemory read(int[][] steps, int... above) {
        PieceMemory m = new PieceMemory();
        for (int[] s : steps) {
            for (int x : s) {
                m.choose(x);
            }
        }
        for (int x : above) {
            m.choose(x);
        }
        return m;
    }

    static double[] only(int token) {
        double[] p = new double[Tokens.COUNT];
        p[token] = 1;
        return p;
    }

    @Test
    void aRepeatedPhraseIsRecalledWithItsLongestAgreementAndWhatFollowedIt() {
        PieceMemory m = read(new int[][] {A, B, C, A, B});
        for (int v = 0; v < Tokens.VOICES; v++) {
            PieceMemory.Recall r = m.recall();
            assertEquals(2, r.length(), "A B agrees with the steps before step 2");
            assertArrayEquals(only(C[v]), r.p(), 0.0, "voice " + v);
            m.choose(C[v]);
        }
        assertEquals(6, m.step());
        assertEquals(3, m.recall().length(), "after A B C again, three steps agree with those before step 3");
    }

    @Test
    void anEarlierStepIsRecalledOnlyWhenTheVoicesAboveAgreeWithThisStepsVoices() {
        PieceMemory m = read(new int[][] {A, B, C, A, B}, D[0]);
        assertNull(m.recall().p(), "the soprano left C's, and no other step followed B");
        assertEquals(0, m.recall().length());
    }

    @Test
    void equallyLongAgreementsShareTheRecallEvenly() {
        PieceMemory m = read(new int[][] {A, B, A, C, A});
        PieceMemory.Recall r = m.recall();
        assertEquals(1, r.length(), "A was followed by B and by C, each after one agreeing step");
        double[] expected = new double[Tokens.COUNT];
        expected[B[0]] = 0.5;
        expected[C[0]] = 0.5;
        assertArrayEquals(expected, r.p(), 0.0);
    }

    @Test
    void nothingIsRecalledBeforeAStepRepeats() {
        assertNull(read(new int[][] {}).recall().p());
        assertNull(read(new int[][] {A, B, C, D}).recall().p());
    }

    @Test
    void anAgreementLongerThanTheCapCountsAsTheCap() {
        int[][] held = new int[PieceMemory.CAP + 10][];
        Arrays.fill(held, A);
        assertEquals(PieceMemory.CAP, read(held).recall().length());
    }

    @Test
    void bucketsAreNoneOneTwoThenDoublingLengths() {
        int[] lengths = {0, 1, 2, 3, 4, 5, 8, 9, 16, 17, 32, 33, 64};
        int[] buckets = {0, 1, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7};
        for (int i = 0; i < lengths.length; i++) {
            assertEquals(buckets[i], MemoryWeights.bucket(lengths[i]), "length " + lengths[i]);
        }
    }

    @Test
    void theMixtureIsTheLongTermDistributionWhereTheMemoryRecallsNothingAndLinearElsewhere() {
        double[][] lambda = new double[Tokens.VOICES][MemoryWeights.BUCKETS];
        lambda[1][2] = 0.25;
        MemoryWeights w = new MemoryWeights(lambda);
        double[] ltm = new double[Tokens.COUNT];
        Arrays.fill(ltm, 1.0 / Tokens.COUNT);
        assertSame(ltm, w.mix(1, ltm, new PieceMemory.Recall(0, null)));
        double[] mixed = w.mix(1, ltm, new PieceMemory.Recall(2, only(7)));
        assertEquals(0.75 / Tokens.COUNT + 0.25, mixed[7], 1e-15);
        assertEquals(0.75 / Tokens.COUNT, mixed[8], 1e-15);
        assertEquals(1.0, Arrays.stream(mixed).sum(), 1e-12);
    }

    /** Chorales in bar form: a phrase, the phrase again, then a new one; from a seeded generator. */
    static List<SatbScore> barForm(int n, long seed) {
        Random rng = new Random(seed);
        List<SatbScore> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[][] phrase = new int[12][];
            int[][] after = new int[12][];
            for (int t = 0; t < 12; t++) {
                phrase[t] =
                        new int[] {25 + rng.nextInt(8), 20 + rng.nextInt(6), 14 + rng.nextInt(6), 5 + rng.nextInt(8)};
                after[t] =
                        new int[] {25 + rng.nextInt(8), 20 + rng.nextInt(6), 14 + rng.nextInt(6), 5 + rng.nextInt(8)};
            }
            int[][] x = new int[36][];
            for (int t = 0; t < 12; t++) {
                x[t] = phrase[t];
                x[12 + t] = phrase[t];
                x[24 + t] = after[t];
            }
            out.add(new SatbScore("valid:" + i, x));
        }
        return out;
    }

    static double bits(FourVoiceModel m, List<SatbScore> scores) {
        return TokenMetric.of(m, scores, null).bitsPerToken();
    }

    @Test
    void fittedWeightsCostNoBitsOnTheirChoralesAndEachIsTheBestOfItsNeighbours() {
        List<SatbScore> valid = barForm(6, 3);
        FourVoiceModel ltm = FakeFourVoiceModels.uniform();
        FourVoiceModel fitted = PieceMemoryModel.fitted(ltm, valid);
        MemoryWeights w = PieceMemoryModel.weightsOf(fitted);
        assertTrue(w.on(), "a repeated phrase is worth remembering: " + w);
        double best = bits(fitted, valid);
        assertTrue(best < bits(ltm, valid) - 1, best + " bits vs uniform's " + bits(ltm, valid));
        // A second way: recompute the bits with each weight moved one grid step, by the whole evaluation.
        for (int v = 0; v < Tokens.VOICES; v++) {
            for (int b = 1; b < MemoryWeights.BUCKETS; b++) {
                for (double d : new double[] {-0.05, 0.05}) {
                    double[][] moved =
                            Arrays.stream(w.lambda()).map(double[]::clone).toArray(double[][]::new);
                    moved[v][b] += d;
                    if (moved[v][b] < -1e-12 || moved[v][b] > 0.9 + 1e-12) {
                        continue;
                    }
                    moved[v][b] = Math.max(0, moved[v][b]);
                    double other = bits(PieceMemoryModel.of(ltm, new MemoryWeights(moved)), valid);
                    assertTrue(
                            best <= other + 1e-12,
                            "voice " + v + " bucket " + b + " moved by " + d + ": " + other + " < " + best);
                }
            }
        }
    }

    @Test
    void teacherForcedGivesTheSteppedPredictorsDistributions() {
        List<SatbScore> valid = barForm(3, 5);
        FourVoiceModel m = PieceMemoryModel.fitted(FakeFourVoiceModels.lockstep(), valid);
        int[][] x = valid.get(0).tokens();
        double[][][] fast = m.teacherForced(x);
        FourVoicePredictor p = m.start();
        for (int t = 0; t < x.length; t++) {
            for (int v = 0; v < Tokens.VOICES; v++) {
                double[] q = p.next();
                assertEquals(1.0, Arrays.stream(q).sum(), 1e-12, "step " + t + " voice " + v);
                assertArrayEquals(fast[t][v], q, 1e-15, "step " + t + " voice " + v);
                p.choose(x[t][v]);
            }
        }
    }

    @Test
    void weightsAllZeroAreTheLongTermModelItself() {
        FourVoiceModel ltm = FakeFourVoiceModels.uniform();
        assertSame(ltm, PieceMemoryModel.of(ltm, MemoryWeights.OFF));
        assertEquals("no piece memory", MemoryWeights.OFF.toString());
    }
}

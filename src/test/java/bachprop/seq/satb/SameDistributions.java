package bachprop.seq.satb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Tests' check that two four-voice models give a chorale's every token the same distribution. */
public final class SameDistributions {
    private SameDistributions() {}

    /** Teacher-forced on {@code x}, every p[t][v] of {@code b} within {@code tolerance} of {@code a}'s. */
    public static void assertSameDistributions(FourVoiceModel a, FourVoiceModel b, int[][] x, double tolerance) {
        double[][][] p = a.teacherForced(x);
        double[][][] q = b.teacherForced(x);
        for (int t = 0; t < x.length; t++) {
            for (int v = 0; v < Tokens.VOICES; v++) {
                assertArrayEquals(p[t][v], q[t][v], tolerance, "step " + t + " voice " + v);
            }
        }
    }
}

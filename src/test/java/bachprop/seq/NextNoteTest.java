package bachprop.seq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NextNoteTest {
    @Test
    void nucleusKeepsTheSmallestSetOfLargestValuesThatReachesTheMass() {
        double[] q = {0.05, 0.5, 0.15, 0.3};
        // 0.5 + 0.3 = 0.8 < 0.9, so 0.15 joins (0.95 ≥ 0.9); 0.05 is the tail
        assertEquals(0.95, NextNote.nucleus(q, 0.9), 1e-12);
        assertArrayEquals(new double[] {0, 0.5, 0.15, 0.3}, q, 0.0);
        double[] r = {0.2, 0.7, 0.1};
        assertEquals(0.7, NextNote.nucleus(r, 0.5), 1e-12); // the largest value alone reaches 0.5
        assertArrayEquals(new double[] {0, 0.7, 0}, r, 0.0);
    }

    @Test
    void topPSamplingNeverDrawsFromTheTailAndKeepsTheNucleusProportions() {
        double[] p = new double[Vocab.PITCHES];
        p[10] = 0.6;
        p[11] = 0.3;
        p[12] = 0.07;
        p[13] = 0.03;
        double[] d = new double[Vocab.DURATIONS];
        d[3] = 1.0;
        NextNote next = new NextNote(p, d);
        Random rng = new Random(3);
        int[] counts = new int[Vocab.PITCHES];
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            counts[next.sample(rng, 1.0, 0.95).pitchIndex()]++;
        }
        assertEquals(0, counts[13], "0.6 + 0.3 + 0.07 ≥ 0.95: pitch 13 is outside the nucleus");
        // inside, p renormalised by 0.97; tolerance 0.015 is over 5 standard errors at n = 20,000
        assertEquals(0.6 / 0.97, counts[10] / (double) n, 0.015);
        assertEquals(0.3 / 0.97, counts[11] / (double) n, 0.015);
        assertEquals(0.07 / 0.97, counts[12] / (double) n, 0.015);
    }
}

package bachprop.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.cli.Cli;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrainBenchTest {

    @Test
    void flopCountOfTheTextsLargestNetworkMatchesACountByHand() {
        // Σ nk over the four weight matrices = 992,000 + 250,000 + 250,000 + 992,000 = 2,484,000;
        // BP2 runs for the last three only: 1,492,000. Per mini-batch of m:
        // 2m·2,484,000 (forward) + 2m·2,484,000 (BP4) + 2·2,484,000 (step) + 2m·1,492,000 (BP2)
        // = 12,920,000 m + 4,968,000; 561 examples = 56 batches of 10 and one of 1.
        double byHand = 56 * (12_920_000.0 * 10 + 4_968_000) + (12_920_000.0 + 4_968_000);
        assertEquals(byHand, TrainBench.flopsPerEpoch(new int[] {1984, 500, 500, 500, 1984}, 561, 10), 0.0);
    }

    @Test
    void oneHotExamplesHaveOneOnePerGroupOf62() {
        double[][] x = TrainBench.oneHot(5, 1984, new Random(1));
        for (double[] v : x) {
            for (int g = 0; g < 1984; g += 62) {
                double sum = 0;
                for (int j = g; j < g + 62; j++) {
                    sum += v[j];
                }
                assertEquals(1.0, sum, 0.0, "group at " + g);
            }
        }
    }

    @Test
    void aSmallRunPrintsEveryEpochAndTheMedian() throws Exception {
        Cli r = Cli.run(
                "bench",
                "train",
                "--sizes",
                "124,30,124",
                "--examples",
                "41",
                "--epochs",
                "3",
                "--warmup",
                "1",
                "--threads",
                "2");
        String text = r.out();
        assertEquals(0, r.code(), text + r.err());
        assertTrue(text.contains("epoch 1/4 (warm-up)"), text);
        assertTrue(text.contains("epoch 4/4:"), text);
        assertTrue(
                text.matches("(?s).*median \\d+\\.\\d{3} s per epoch over 3 epochs after 1 warm-up .*GFLOP/s.*"), text);
    }

    @Test
    void badOptionsAreUsageErrors() {
        Cli threads = Cli.run("bench", "train", "--threads", "0");
        assertEquals(2, threads.code());
        assertEquals(
                "bachprop bench: --threads takes a whole number ≥ 1, not 0",
                threads.err().strip());
        assertEquals(2, Cli.run("bench", "train", "--sizes", "10,x").code());
        assertEquals(2, Cli.run("bench", "train", "--sizes", "10").code());
        assertEquals(2, Cli.run("bench", "train", "--frobnicate").code());
    }
}

package bachprop.seq.ngram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.seq.NextNote;
import bachprop.seq.NoteSequence;
import bachprop.seq.SeqNote;
import bachprop.seq.SequenceModel;
import bachprop.seq.TrainingData;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NgramTest {
    static List<SeqNote> melody(Random rng, int n) {
        List<SeqNote> m = new ArrayList<>();
        int p = 67;
        for (int i = 0; i < n; i++) {
            p = Math.max(60, Math.min(79, p + rng.nextInt(5) - 2));
            m.add(new SeqNote(p, 1 + rng.nextInt(8)));
        }
        return m;
    }

    @Test
    void everyDistributionSumsToOneForEveryOrderAndDiscount() {
        Ngram n = new Ngram(5, 4);
        n.add(List.of(0, 1, 2, 1, 0, 1, 2, 3));
        n.add(List.of(4, 4, 1));
        int[] s = {0, 1, 2, 4, 4, 3};
        for (int order = 1; order <= 4; order++) {
            for (double d : new double[] {0.1, 0.5, 0.9, 1.0}) {
                for (int t = 0; t <= s.length; t++) {
                    double[] p = n.distribution(s, t, order, d);
                    double sum = 0;
                    for (double v : p) {
                        assertTrue(v > 0, "every symbol keeps some probability");
                        sum += v;
                    }
                    assertEquals(1.0, sum, 1e-12, "order " + order + ", D " + d + ", t " + t);
                }
            }
        }
    }

    @Test
    void aSeenContextFollowsItsCountsMinusTheDiscount() {
        Ngram n = new Ngram(3, 2);
        n.add(List.of(0, 1, 0, 1, 0, 2));
        // after symbol 0: 1 twice, 2 once (3 in all, 2 types); unigram: 0×3, 1×2, 2×1 (6, 3 types)
        double d = 0.5;
        double[] uni = {(3 - d) / 6 + d * 3 / 6 / 3, (2 - d) / 6 + d * 3 / 6 / 3, (1 - d) / 6 + d * 3 / 6 / 3};
        double[] p = n.distribution(new int[] {0}, 1, 2, d);
        assertEquals(0 + d * 2 / 3 * uni[0], p[0], 1e-12);
        assertEquals((2 - d) / 3 + d * 2 / 3 * uni[1], p[1], 1e-12);
        assertEquals((1 - d) / 3 + d * 2 / 3 * uni[2], p[2], 1e-12);
    }

    @Test
    void theTunedModelsPitchAndDurationDistributionsSumToOne() {
        Random rng = new Random(3);
        List<NoteSequence> train = new ArrayList<>();
        List<NoteSequence> valid = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            train.add(new NoteSequence("train:" + i, melody(rng, 30)));
        }
        for (int i = 0; i < 4; i++) {
            valid.add(new NoteSequence("valid:" + i, melody(rng, 20)));
        }
        SequenceModel model = new NgramKind()
                .train(
                        new TrainingData("test", train, valid),
                        new TrainingOptions(Map.of("max-order", "3")),
                        TrainingListener.NONE);
        List<SeqNote> m = melody(rng, 15);
        for (int t = 0; t <= m.size(); t++) {
            NextNote p = model.next(m.subList(0, t));
            assertEquals(1.0, sum(p.pitch()), 1e-9, "pitch after " + t + " notes");
            assertEquals(1.0, sum(p.duration()), 1e-9, "duration after " + t + " notes");
        }
    }

    static double sum(double[] p) {
        double s = 0;
        for (double v : p) {
            assertTrue(v >= 0);
            s += v;
        }
        return s;
    }
}

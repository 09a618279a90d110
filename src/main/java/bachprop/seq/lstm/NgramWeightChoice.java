package bachprop.seq.lstm;

import bachprop.seq.NextNote;
import bachprop.seq.NoteSequence;
import bachprop.seq.SeqNote;
import bachprop.seq.ngram.NgramModel;
import bachprop.seq.stm.ShortTermModel;
import bachprop.seq.stm.StmSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The weight w of the trained n-gram in the LSTM's pitch distribution, p ∝ p_LSTM^(1 − w) ·
 * p_n-gram^w ({@link LstmModel#product}), chosen on the validation split: with the networks
 * trained on the train split alone (the scout, or every member without a refit), the n-gram
 * trained on the train split (its own settings chosen on the same validation melodies) and the
 * model's short-term model, each w of {@link #WEIGHTS} scores the validation melodies teacher-forced;
 * the lowest pitch bits per note is kept (ties: the smaller w). The test split is never read.
 */
public final class NgramWeightChoice {
    /** The weights tried. */
    public static final double[] WEIGHTS = {0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5};

    /** One weight and what it gave on the validation split. */
    public record Candidate(double weight, double bits, double accuracy) {
        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ngramWeight", weight);
            m.put("pitchBitsPerNote", bits);
            m.put("pitchAccuracy", accuracy);
            return m;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "n-gram weight %.2f: %.4f bits, %.2f %%", weight, bits, 100 * accuracy);
        }
    }

    /** Every weight's figures and the one chosen. */
    public record Result(List<Candidate> candidates, Candidate chosen) {
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("chosenOn", "validation split, networks trained on the train split alone, teacher-forced pitch bits");
            m.put("chosen", chosen.toJson());
            m.put("candidates", candidates.stream().map(Candidate::toJson).toList());
            return m;
        }
    }

    private NgramWeightChoice() {}

    /** Scores every weight of {@link #WEIGHTS} on {@code valid} and keeps the lowest pitch bits. */
    public static Result choose(List<Lstm> trainOnly, NgramModel ngram, StmSettings stm, List<NoteSequence> valid) {
        LstmModel alone = new LstmModel(trainOnly, Map.of());
        List<List<NextNote>> lstm = new ArrayList<>();
        List<List<NextNote>> counts = new ArrayList<>();
        for (NoteSequence m : valid) {
            lstm.add(alone.teacherForced(m.notes()));
            counts.add(ngram.teacherForced(m.notes()));
        }
        List<Candidate> out = new ArrayList<>();
        for (double w : WEIGHTS) {
            out.add(score(w, lstm, counts, stm, valid));
        }
        return new Result(out, pick(out));
    }

    /** The figures of weight w: the product, then the STM as {@link bachprop.seq.stm.LongShortTerm} combines it. */
    static Candidate score(
            double w,
            List<List<NextNote>> lstm,
            List<List<NextNote>> counts,
            StmSettings stm,
            List<NoteSequence> valid) {
        double bits = 0;
        int correct = 0;
        int notes = 0;
        for (int i = 0; i < valid.size(); i++) {
            List<SeqNote> melody = valid.get(i).notes();
            ShortTermModel shortTerm = stm.on() ? new ShortTermModel(stm) : null;
            for (int t = 0; t < melody.size(); t++) {
                double[] p = LstmModel.product(
                        lstm.get(i).get(t).pitch(), counts.get(i).get(t).pitch(), w);
                if (shortTerm != null) {
                    p = stm.combination().combine(p, shortTerm.pitch(p)); // LTM + STM
                    shortTerm.add(melody.get(t));
                }
                int truth = melody.get(t).pitchIndex();
                bits -= Math.log(p[truth]) / Math.log(2);
                int best = 0;
                for (int q = 1; q < p.length; q++) {
                    if (p[q] > p[best]) {
                        best = q;
                    }
                }
                correct += best == truth ? 1 : 0;
                notes++;
            }
        }
        return new Candidate(w, bits / notes, (double) correct / notes);
    }

    /** The lowest bits; ties: the earlier (smaller) weight. */
    static Candidate pick(List<Candidate> candidates) {
        Candidate best = candidates.get(0);
        for (Candidate c : candidates) {
            if (c.bits() < best.bits()) {
                best = c;
            }
        }
        return best;
    }
}

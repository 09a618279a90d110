package bachprop.seq.stm;

import bachprop.seq.Corpora;
import bachprop.seq.Corpus;
import bachprop.seq.ModelFile;
import bachprop.seq.NextNote;
import bachprop.seq.NoteSequence;
import bachprop.seq.SeqNote;
import bachprop.seq.SequenceModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The measurement behind the STM defaults (a benchmark, not a test): for a trained long-term model
 * file and a corpus's VALIDATION split, the pitch bits per note and accuracy of the LTM alone, the
 * STM alone, and the LTM + STM for every STM viewpoint, order, escape method, combination rule
 * and bias. The test split is never read. Run:
 * {@code java -cp … bachprop.seq.stm.StmValidation FILE.bpm jsb|uci}.
 */
public final class StmValidation {
    private StmValidation() {}

    /** Pitch bits per note and top-1 accuracy over a set of notes. */
    record Score(double bits, double accuracy) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.4f bits  %.2f %%", bits, 100 * accuracy);
        }
    }

    public static void main(String[] args) throws Exception {
        SequenceModel model = ModelFile.load(Path.of(args[0]));
        SequenceModel ltm = model instanceof LongShortTerm lst ? lst.longTerm() : model;
        Corpus corpus = Corpora.load(args[1]);
        List<NoteSequence> valid = corpus.valid();
        List<double[]> ltmPitch = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        for (NoteSequence m : valid) {
            List<NextNote> p = ltm.teacherForced(m.notes());
            for (int t = 0; t < p.size(); t++) {
                ltmPitch.add(p.get(t).pitch());
                truth.add(m.notes().get(t).pitchIndex());
            }
        }
        System.out.println("data " + args[1] + ":valid, " + valid.size() + " melodies, " + truth.size() + " notes; "
                + ltm.describe());
        System.out.println("LTM alone: " + score(ltmPitch, truth));
        List<Combination> rules = new ArrayList<>();
        for (double b : new double[] {0, 0.5, 1, 2, 3, 4, 5, 7}) {
            rules.add(new Combination(Combination.Rule.ARITHMETIC, b));
            rules.add(new Combination(Combination.Rule.GEOMETRIC, b));
        }
        for (double l : new double[] {0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.3}) {
            rules.add(new Combination(Combination.Rule.FIXED, l));
        }
        for (ShortTermModel.Viewpoint v : ShortTermModel.Viewpoint.values()) {
            for (int order : new int[] {1, 2, 3, 4, 6, 8}) {
                for (Ppm.Escape e : Ppm.Escape.values()) {
                    List<double[]> stmPitch = new ArrayList<>();
                    int i0 = 0;
                    for (NoteSequence m : valid) {
                        ShortTermModel stm = new ShortTermModel(v, order, e);
                        for (SeqNote n : m.notes()) {
                            stmPitch.add(stm.pitch(ltmPitch.get(i0++)));
                            stm.add(n);
                        }
                    }
                    String stmName = v.name().toLowerCase() + " order " + order + " escape " + e;
                    System.out.println("STM alone, " + stmName + ": " + score(stmPitch, truth));
                    for (Combination c : rules) {
                        List<double[]> both = new ArrayList<>();
                        for (int i = 0; i < truth.size(); i++) {
                            both.add(c.combine(ltmPitch.get(i), stmPitch.get(i)));
                        }
                        System.out.println("LTM+STM, " + stmName + ", " + c + ": " + score(both, truth));
                    }
                }
            }
        }
    }

    static Score score(List<double[]> p, List<Integer> truth) {
        double bits = 0;
        int correct = 0;
        for (int i = 0; i < truth.size(); i++) {
            double[] q = p.get(i);
            bits -= Math.log(q[truth.get(i)]) / Math.log(2);
            int best = 0;
            for (int x = 1; x < q.length; x++) {
                if (q[x] > q[best]) {
                    best = x;
                }
            }
            if (best == truth.get(i)) {
                correct++;
            }
        }
        return new Score(bits / truth.size(), (double) correct / truth.size());
    }
}

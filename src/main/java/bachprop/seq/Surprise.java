package bachprop.seq;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-note surprise, as IDyOM shows it (Pearce 2005): for each note of a melody, the
 * <b>information content</b> IC = −log₂ p(the note's pitch | the notes before it) under a model,
 * and the model's <b>entropy</b> there, H = −Σ p log₂ p over the 46 pitches (the IC it expected).
 * Computed through {@link SequenceModel#teacherForced} only, so every model (and any wrapper) has
 * it. For notes a model sampled, this is the probability its own distribution gave the note it
 * drew: at temperature 1 and before any nucleus cut (those reshape the drawing, not the belief).
 */
public final class Surprise {
    private Surprise() {}

    /** One note's surprise: its place, the note, whether it was given (Bach's) or sampled, IC and H in bits. */
    public record NoteSurprise(
            int index, SeqNote note, boolean given, double probability, double icBits, double entropyBits) {
        @Override
        public String toString() {
            return String.format(
                    "%d %s%s: p %.3f, IC %.2f bits, H %.2f bits",
                    index + 1, note, given ? "" : " (sampled)", probability, icBits, entropyBits);
        }
    }

    /** Every note of {@code melody} given (teacher-forced, e.g. Bach's own notes). */
    public static List<NoteSurprise> of(SequenceModel model, List<SeqNote> melody) {
        return of(model, melody, melody.size());
    }

    /**
     * The first {@code given} notes are Bach's, the rest were sampled; each note's distribution is
     * the model's given the notes before it, as when it was drawn.
     */
    public static List<NoteSurprise> of(SequenceModel model, List<SeqNote> melody, int given) {
        List<NextNote> predicted = model.teacherForced(melody);
        List<NoteSurprise> out = new ArrayList<>(melody.size());
        for (int t = 0; t < melody.size(); t++) {
            SeqNote note = melody.get(t);
            double p = predicted.get(t).pitchProbability(note.pitch());
            out.add(new NoteSurprise(
                    t, note, t < given, p, ic(p), entropy(predicted.get(t).pitch())));
        }
        return out;
    }

    /** IC = −log₂ p: the bits a note costs; ∞ for a note the model thought impossible. */
    public static double ic(double p) {
        return -Math.log(p) / Math.log(2);
    }

    /** H = −Σ p log₂ p (a zero p adds nothing): the IC the model expects, in bits. */
    public static double entropy(double[] p) {
        double h = 0;
        for (double pi : p) {
            if (pi > 0) {
                h -= pi * Math.log(pi) / Math.log(2);
            }
        }
        return h;
    }

    /** The {@code k} notes with the highest IC, most surprising first (ties: the earlier note first). */
    public static List<NoteSurprise> mostSurprising(List<NoteSurprise> notes, int k) {
        return notes.stream()
                .sorted(Comparator.comparingDouble(NoteSurprise::icBits)
                        .reversed()
                        .thenComparingInt(NoteSurprise::index))
                .limit(k)
                .toList();
    }

    /** The mean IC in bits (the bits per note of these notes); NaN for none. */
    public static double meanIc(List<NoteSurprise> notes) {
        return notes.stream().mapToDouble(NoteSurprise::icBits).average().orElse(Double.NaN);
    }

    /** The notes as JSON objects: {@code pitch}, {@code duration}, {@code icBits}, {@code entropyBits}. */
    public static List<Map<String, Object>> toJson(List<NoteSurprise> notes) {
        List<Map<String, Object>> out = new ArrayList<>(notes.size());
        for (NoteSurprise n : notes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pitch", n.note().pitch());
            m.put("duration", n.note().duration());
            m.put("icBits", n.icBits());
            m.put("entropyBits", n.entropyBits());
            out.add(m);
        }
        return out;
    }
}

package bachprop.seq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One extension: a melody's opening, the notes a model added, and the measures of those notes
 * (interval histogram, leaps, key, range) beside Bach's own continuation of the same length.
 */
public record Extension(
        String kind, NoteSequence source, List<SeqNote> opening, List<SeqNote> added, List<SeqNote> bach) {
    /** Beats per minute at which an extended chorale is written to MIDI and played. */
    public static final int BPM = 80;

    public static Extension of(
            SequenceModel model, NoteSequence melody, int openingNotes, int newNotes, double temperature, long seed) {
        int k = Math.min(openingNotes, melody.notes().size());
        List<SeqNote> opening = List.copyOf(melody.notes().subList(0, k));
        List<SeqNote> added = List.copyOf(model.extend(opening, newNotes, temperature, new Random(seed)));
        List<SeqNote> bach =
                List.copyOf(melody.notes().subList(k, Math.min(melody.notes().size(), k + newNotes)));
        return new Extension(model.kind(), melody, opening, added, bach);
    }

    /** The opening followed by the new notes. */
    public List<SeqNote> all() {
        List<SeqNote> all = new ArrayList<>(opening);
        all.addAll(added);
        return all;
    }

    /** The model's and Bach's measures (as in {@link Evaluation}) and the interval KL between them. */
    public Map<String, Object> measures() {
        Evaluation.Continuations model = new Evaluation.Continuations();
        Evaluation.Continuations reference = new Evaluation.Continuations();
        SeqNote last = opening.get(opening.size() - 1);
        model.add(last, added, source.key());
        reference.add(last, bach, source.key());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", source.key() == null ? null : source.key().toString());
        m.put("intervalKlBits", Evaluation.klBits(reference.histogram(), model.histogram()));
        m.put("model", model.toJson());
        m.put("bach", reference.toJson());
        return m;
    }

    @Override
    public String toString() {
        return "Extension[" + kind + " on " + source.id() + ": " + opening.size() + " + " + added.size() + " notes]";
    }
}

package bachprop.seq.lstm;

import bachprop.seq.NoteSequence;
import bachprop.seq.SeqNote;
import bachprop.seq.Vocab;
import java.util.ArrayList;
import java.util.List;

/** Turns melodies into training batches: the transpositions each may take, and the padded batches. */
final class MelodyBatches {
    private MelodyBatches() {}

    /** One melody transposed by {@code shift} semitones. */
    record Example(List<SeqNote> notes, int shift) {}

    /** Cuts examples into batches of at most {@code per} melodies, each padded to its longest. */
    static List<SeqBatch> slices(List<Example> examples, int per) {
        return slices(Features.Layout.V1, examples, per);
    }

    /** The same with the inputs of {@code layout}. */
    static List<SeqBatch> slices(Features.Layout layout, List<Example> examples, int per) {
        List<SeqBatch> out = new ArrayList<>();
        for (int first = 0; first < examples.size(); first += per) {
            List<Example> part = examples.subList(first, Math.min(examples.size(), first + per));
            int steps = part.stream().mapToInt(e -> e.notes().size()).max().orElse(0);
            SeqBatch b = SeqBatch.empty(steps, part.size(), layout.width);
            for (int s = 0; s < part.size(); s++) {
                Example e = part.get(s);
                Features.encode(
                        layout, e.notes(), e.notes().size(), e.shift(), b.x(), b.last(), b.key(), part.size(), s);
                for (int t = 0; t < e.notes().size(); t++) {
                    SeqNote n = e.notes().get(t);
                    b.pitch()[t * part.size() + s] = Vocab.pitchIndex(n.pitch() + e.shift());
                    b.duration()[t * part.size() + s] = n.durationIndex();
                }
            }
            out.add(b);
        }
        return out;
    }

    static int[] pitchRange(List<NoteSequence> melodies) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (NoteSequence m : melodies) {
            for (SeqNote n : m.notes()) {
                lo = Math.min(lo, n.pitch());
                hi = Math.max(hi, n.pitch());
            }
        }
        return new int[] {lo, hi};
    }

    /** Shifts in [−maxShift, maxShift] that keep every note within [lo, hi] and the vocabulary. */
    static List<Integer> allowedShifts(List<SeqNote> notes, int lo, int hi, int maxShift) {
        int min = notes.stream().mapToInt(SeqNote::pitch).min().orElse(60);
        int max = notes.stream().mapToInt(SeqNote::pitch).max().orElse(60);
        List<Integer> out = new ArrayList<>();
        for (int s = -maxShift; s <= maxShift; s++) {
            if (s == 0 || (min + s >= Math.max(lo, Vocab.LOWEST) && max + s <= Math.min(hi, Vocab.HIGHEST))) {
                out.add(s);
            }
        }
        return out;
    }
}

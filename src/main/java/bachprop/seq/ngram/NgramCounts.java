package bachprop.seq.ngram;

import bachprop.seq.Key;
import bachprop.seq.SeqNote;
import bachprop.seq.Vocab;
import java.util.ArrayList;
import java.util.List;

/** The n-gram extender's counts of the training melodies, one viewpoint each (pitch, interval, degree, duration). */
final class NgramCounts {
    private NgramCounts() {}

    static Ngram pitchCounts(List<List<SeqNote>> melodies, int order, int maxShift) {
        Ngram n = new Ngram(Vocab.PITCHES, order);
        for (List<SeqNote> m : melodies) {
            int lo = m.stream().mapToInt(SeqNote::pitch).min().orElse(60);
            int hi = m.stream().mapToInt(SeqNote::pitch).max().orElse(60);
            for (int s = -maxShift; s <= maxShift; s++) {
                if (lo + s < Vocab.LOWEST || hi + s > Vocab.HIGHEST) {
                    continue;
                }
                List<Integer> seq = new ArrayList<>();
                for (SeqNote note : m) {
                    seq.add(Vocab.pitchIndex(note.pitch() + s));
                }
                n.add(seq);
            }
        }
        return n;
    }

    static Ngram intervalCounts(List<List<SeqNote>> melodies, int order) {
        Ngram n = new Ngram(NgramModel.INTERVALS, order);
        for (List<SeqNote> m : melodies) {
            n.add(NgramModel.intervalSymbols(m, m.size()));
        }
        return n;
    }

    static Ngram degreeCounts(List<List<SeqNote>> melodies, int order) {
        Ngram n = new Ngram(NgramModel.DEGREES, order);
        for (List<SeqNote> m : melodies) {
            Key key = NgramModel.keyOf(m, m.size());
            List<Integer> seq = new ArrayList<>();
            for (SeqNote note : m) {
                seq.add(NgramModel.degreeSymbol(note.pitch(), key));
            }
            n.add(seq);
        }
        return n;
    }

    static Ngram durationCounts(List<List<SeqNote>> melodies, int order) {
        Ngram n = new Ngram(Vocab.DURATIONS, order);
        for (List<SeqNote> m : melodies) {
            n.add(m.stream().map(SeqNote::durationIndex).toList());
        }
        return n;
    }
}

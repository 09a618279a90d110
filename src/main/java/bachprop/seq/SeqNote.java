package bachprop.seq;

/**
 * One note as the sequence models see it: a MIDI pitch and a duration in sixteenth notes.
 * In the JSB data a note is a maximal run of equal soprano values; rests are dropped (see
 * docs/sequence-models.md). Durations longer than {@link Vocab#DURATIONS} sixteenths keep their
 * true length here but fall into the last duration class.
 */
public record SeqNote(int pitch, int duration) {
    public SeqNote {
        if (duration < 1) {
            throw new IllegalArgumentException("a note lasts at least one sixteenth, not " + duration);
        }
    }

    /** The index of this note's pitch in a {@link NextNote#pitch()} distribution. */
    public int pitchIndex() {
        return Vocab.pitchIndex(pitch);
    }

    /** The index of this note's duration class in a {@link NextNote#duration()} distribution. */
    public int durationIndex() {
        return Vocab.durationIndex(duration);
    }

    @Override
    public String toString() {
        return Vocab.pitchName(pitch) + "/" + duration;
    }
}

package bachprop.seq;

/**
 * One note as the sequence models see it: a MIDI pitch and a duration in sixteenth notes, and
 * optionally what the score says about it beyond that ({@link Score}; {@code null} for a note that
 * was sampled or read from data without annotations). In the JSB data a note is a maximal run of
 * equal soprano values; rests are dropped (see docs/sequence-models.md). Durations longer than
 * {@link Vocab#DURATIONS} sixteenths keep their true length here but fall into the last duration
 * class. Two notes are equal when pitch, duration and annotations are ({@link #plain()} drops the
 * annotations).
 */
public record SeqNote(int pitch, int duration, Score score) {
    public SeqNote {
        if (duration < 1) {
            throw new IllegalArgumentException("a note lasts at least one sixteenth, not " + duration);
        }
    }

    public SeqNote(int pitch, int duration) {
        this(pitch, duration, null);
    }

    /**
     * What the score says about a note (the viewpoints the models may read besides pitch and
     * duration). Each part may be unknown.
     *
     * @param onset   sixteenths from the first bar line to this note's start (UCI {@code st}; an
     *                upbeat starts after 0), null when unknown (JSB: the melody's start is not
     *                known to be on a bar line)
     * @param bar     the bar's length in sixteenths (UCI {@code timesig}), null when unknown
     * @param fermata true if the note is under a fermata (UCI); false also when unknown ({@code onset} null)
     * @param key     the melody's key (UCI: from the key signature; JSB: estimated from all four
     *                voices), null when unknown
     */
    public record Score(Integer onset, Integer bar, boolean fermata, Key key) {
        public Score {
            if (bar != null && bar < 1) {
                throw new IllegalArgumentException("a bar lasts at least one sixteenth, not " + bar);
            }
        }

        /** The same with the key moved by {@code semitones} (the notes transposed with it). */
        public Score transposed(int semitones) {
            return key == null
                    ? this
                    : new Score(onset, bar, fermata, new Key(Math.floorMod(key.tonic() + semitones, 12), key.minor()));
        }

        /** e.g. {@code @8/12 fermata}; the key is the melody's and is not repeated per note. */
        @Override
        public String toString() {
            return (onset == null ? "" : "@" + onset + (bar == null ? "" : "/" + bar)) + (fermata ? " fermata" : "");
        }
    }

    /** This note without annotations. */
    public SeqNote plain() {
        return score == null ? this : new SeqNote(pitch, duration);
    }

    /** The index of this note's pitch in a {@link NextNote#pitch()} distribution. */
    public int pitchIndex() {
        return Vocab.pitchIndex(pitch);
    }

    /** The index of this note's duration class in a {@link NextNote#duration()} distribution. */
    public int durationIndex() {
        return Vocab.durationIndex(duration);
    }

    /** e.g. {@code G4/4}, or with a score position {@code G4/4@8/12}. */
    @Override
    public String toString() {
        return Vocab.pitchName(pitch) + "/" + duration + (score == null ? "" : score.toString());
    }
}

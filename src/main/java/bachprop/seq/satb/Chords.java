package bachprop.seq.satb;

/**
 * What a complete verticality (all four voices sounding at one step) is: a <b>complete</b> major
 * or minor triad (its three pitch classes, one of them doubled), a complete dominant seventh (its
 * four pitch classes), or something else. An incomplete chord — a dominant seventh without its
 * fifth, a triad without its third — is "other": the issue counts complete chords only.
 */
public final class Chords {
    /** The kinds a complete verticality is sorted into. */
    public enum Quality {
        MAJOR_TRIAD,
        MINOR_TRIAD,
        DOMINANT_SEVENTH,
        OTHER;

        /** A complete major or minor triad or a complete dominant seventh. */
        public boolean counts() {
            return this != OTHER;
        }
    }

    private Chords() {}

    /** All four voices of {@code step} (tokens) sound. */
    public static boolean complete(int[] step) {
        for (int token : step) {
            if (!Tokens.sounding(token)) {
                return false;
            }
        }
        return true;
    }

    /** The quality of a complete verticality; {@link Quality#OTHER} if it is not complete. */
    public static Quality quality(int[] step) {
        if (!complete(step)) {
            return Quality.OTHER;
        }
        int pcs = pitchClassSet(step);
        for (int root = 0; root < 12; root++) {
            if (pcs == set(root, 0, 4, 7)) {
                return Quality.MAJOR_TRIAD;
            }
            if (pcs == set(root, 0, 3, 7)) {
                return Quality.MINOR_TRIAD;
            }
            if (pcs == set(root, 0, 4, 7, 10)) {
                return Quality.DOMINANT_SEVENTH;
            }
        }
        return Quality.OTHER;
    }

    /**
     * Some complete major or minor triad or dominant seventh holds every pitch class of
     * {@code pcs} and lacks at most {@code missing} of its own: the voices still to come at this
     * step (one pitch class each) could complete it. With {@code missing} 0, {@code pcs} is such a
     * chord.
     */
    public static boolean completable(int pcs, int missing) {
        for (int root = 0; root < 12; root++) {
            for (int chord : new int[] {set(root, 0, 4, 7), set(root, 0, 3, 7), set(root, 0, 4, 7, 10)}) {
                if ((pcs & ~chord) == 0 && Integer.bitCount(chord & ~pcs) <= missing) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The pitch classes sounding, as a 12-bit set (bit k = pitch class k, C = 0). */
    static int pitchClassSet(int[] step) {
        int bits = 0;
        for (int token : step) {
            if (Tokens.sounding(token)) {
                bits |= 1 << (Tokens.midi(token) % 12);
            }
        }
        return bits;
    }

    /** The set {root + i mod 12 for i in intervals}. */
    static int set(int root, int... intervals) {
        int bits = 0;
        for (int i : intervals) {
            bits |= 1 << ((root + i) % 12);
        }
        return bits;
    }
}

package bachprop.seq;

import java.util.List;

/**
 * A key: tonic pitch class (0 = C) and mode. {@link #estimate} is the Krumhansl–Schmuckler
 * method: correlate the duration-weighted pitch-class histogram with the Krumhansl–Kessler
 * major and minor profiles in all 12 rotations and take the best.
 */
public record Key(int tonic, boolean minor) {
    private static final double[] MAJOR = {6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88};
    private static final double[] MINOR = {6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17};
    private static final int[] MAJOR_SCALE = {0, 2, 4, 5, 7, 9, 11};
    private static final int[] MINOR_SCALE = {0, 2, 3, 5, 7, 8, 10, 11}; // natural minor + the raised leading note
    private static final String[] NAMES = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};

    /**
     * True if the pitch belongs to the key: the major scale, or in minor the natural minor scale
     * plus the raised 7th (the leading note every minor-key cadence uses).
     */
    public boolean contains(int midi) {
        int pc = Math.floorMod(midi - tonic, 12);
        for (int s : minor ? MINOR_SCALE : MAJOR_SCALE) {
            if (s == pc) {
                return true;
            }
        }
        return false;
    }

    /** The major key of a key signature (sharps +, flats −), when the mode is not known. */
    public static Key ofSignature(int fifths) {
        return new Key(Math.floorMod(7 * fifths, 12), false);
    }

    /** Krumhansl–Schmuckler estimate from a duration-weighted histogram of 12 pitch classes. */
    public static Key estimate(double[] pitchClassWeights) {
        Key best = new Key(0, false);
        double bestR = Double.NEGATIVE_INFINITY;
        for (int mode = 0; mode < 2; mode++) {
            double[] profile = mode == 0 ? MAJOR : MINOR;
            for (int tonic = 0; tonic < 12; tonic++) {
                double[] rotated = new double[12];
                for (int pc = 0; pc < 12; pc++) {
                    rotated[pc] = profile[Math.floorMod(pc - tonic, 12)];
                }
                double r = correlation(pitchClassWeights, rotated);
                if (r > bestR) {
                    bestR = r;
                    best = new Key(tonic, mode == 1);
                }
            }
        }
        return best;
    }

    /**
     * With a known key signature: its major key or its relative minor, whichever correlates
     * better with the notes' histogram.
     */
    public static Key estimate(List<SeqNote> notes, int fifths) {
        double[] w = histogram(notes);
        Key major = ofSignature(fifths);
        Key minor = new Key(Math.floorMod(major.tonic() - 3, 12), true);
        return correlation(w, profile(major)) >= correlation(w, profile(minor)) ? major : minor;
    }

    private static double[] profile(Key k) {
        double[] base = k.minor() ? MINOR : MAJOR;
        double[] rotated = new double[12];
        for (int pc = 0; pc < 12; pc++) {
            rotated[pc] = base[Math.floorMod(pc - k.tonic(), 12)];
        }
        return rotated;
    }

    private static double[] histogram(List<SeqNote> notes) {
        double[] w = new double[12];
        for (SeqNote n : notes) {
            w[Math.floorMod(n.pitch(), 12)] += n.duration();
        }
        return w;
    }

    /** The estimate from notes (each weighted by its duration). */
    public static Key estimate(List<SeqNote> notes) {
        return estimate(histogram(notes));
    }

    static double correlation(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < 12; i++) {
            ma += a[i] / 12;
            mb += b[i] / 12;
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < 12; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
    }

    @Override
    public String toString() {
        return NAMES[tonic] + (minor ? " minor" : " major");
    }
}

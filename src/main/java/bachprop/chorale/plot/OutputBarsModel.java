package bachprop.chorale.plot;

import bachprop.music.Note;

/**
 * The text's Figure 10: the pitch probabilities (46 bars, MIDI 36..81) of a few output notes,
 * before and after training, with the target pitch marked and the count of "high" bars (at least
 * half the tallest). A picture model only: it knows nothing of the network that made the numbers.
 */
public final class OutputBarsModel {
    private final double[][] before;
    private final double[][] after;
    private final int[] targets;
    private final int lowestPitch;

    /**
     * @param before      per output note, 46 probabilities before training
     * @param after       the same after training (may be null while training has not run)
     * @param targets     the target MIDI pitch of each output note
     * @param lowestPitch the MIDI pitch of bar 0 (the embedding's lowest note)
     */
    public OutputBarsModel(double[][] before, double[][] after, int[] targets, int lowestPitch) {
        this.before = before;
        this.after = after;
        this.targets = targets;
        this.lowestPitch = lowestPitch;
    }

    /** The MIDI pitch of bar 0. */
    public int lowestPitch() {
        return lowestPitch;
    }

    public int notes() {
        return before.length;
    }

    public double[] before(int i) {
        return before[i];
    }

    public double[] after(int i) {
        return after == null ? null : after[i];
    }

    public boolean hasAfter() {
        return after != null;
    }

    public int target(int i) {
        return targets[i];
    }

    public int highBefore(int i) {
        return high(before[i]);
    }

    public int highAfter(int i) {
        return after == null ? 0 : high(after[i]);
    }

    /** The bars at least half as tall as the tallest (ties with it included). */
    static int high(double[] p) {
        double max = p[0];
        for (double v : p) {
            if (v > max) { // as Sampling.argmax: a NaN is never the largest
                max = v;
            }
        }
        int n = 0;
        for (double v : p) {
            if (v >= 0.5 * max) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("OutputBarsModel: ");
        for (int i = 0; i < notes(); i++) {
            s.append(i == 0 ? "" : "; ")
                    .append("note ")
                    .append(i + 1)
                    .append(" target ")
                    .append(Note.name(targets[i]))
                    .append(" high bars ")
                    .append(highBefore(i))
                    .append(hasAfter() ? " → " + highAfter(i) : "");
        }
        return s.toString();
    }
}

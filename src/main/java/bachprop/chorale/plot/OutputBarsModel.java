package bachprop.chorale.plot;

import bachprop.chorale.Sampling;
import bachprop.music.Note;

/**
 * The text's Figure 10: the pitch probabilities (46 bars, MIDI 36..81) of a few output notes,
 * before and after training, with the target pitch marked and the count of "high" bars (at least
 * half the tallest).
 */
public final class OutputBarsModel {
    private final double[][] before;
    private final double[][] after;
    private final int[] targets;

    /**
     * @param before  per output note, 46 probabilities before training
     * @param after   the same after training (may be null while training has not run)
     * @param targets the target MIDI pitch of each output note
     */
    public OutputBarsModel(double[][] before, double[][] after, int[] targets) {
        this.before = before;
        this.after = after;
        this.targets = targets;
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
        return Sampling.countHigh(before[i], 0.5);
    }

    public int highAfter(int i) {
        return after == null ? 0 : Sampling.countHigh(after[i], 0.5);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("OutputBarsModel: ");
        for (int i = 0; i < notes(); i++) {
            s.append(i == 0 ? "" : "; ").append("note ").append(i + 1).append(" target ").append(Note.name(targets[i]))
                    .append(" high bars ").append(highBefore(i)).append(hasAfter() ? " → " + highAfter(i) : "");
        }
        return s.toString();
    }
}

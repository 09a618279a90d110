package bachprop.seq;

/**
 * One progress report. {@code fraction} is of the whole run (0..1); the bits are per note
 * (NaN when not yet measured); {@code message} is for people, e.g. "early stop at epoch 9".
 */
public record TrainingStatus(
        int epoch, int epochs, double fraction, double trainBits, double validBits, String message) {
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(String.format("epoch %d/%d  %3.0f%%", epoch, epochs, 100 * fraction));
        if (!Double.isNaN(trainBits)) {
            s.append(String.format("  train %.3f bits/note", trainBits));
        }
        if (!Double.isNaN(validBits)) {
            s.append(String.format("  valid %.3f bits/note", validBits));
        }
        if (!message.isEmpty()) {
            s.append("  ").append(message);
        }
        return s.toString();
    }
}

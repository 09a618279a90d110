package bachprop.seq;

/**
 * One progress report. {@code fraction} is of the whole run (0..1); the bits are per note
 * (NaN when not yet measured); {@code message} is for people, e.g. "early stop at epoch 9".
 */
public record TrainingStatus(int epoch, int epochs, double fraction, double trainBits, double validBits, String message) {
    @Override
    public String toString() {
        return String.format("epoch %d/%d  %3.0f%%  train %.3f bits/note  valid %.3f bits/note%s",
            epoch, epochs, 100 * fraction, trainBits, validBits, message.isEmpty() ? "" : "  " + message);
    }
}

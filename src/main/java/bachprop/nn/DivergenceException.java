package bachprop.nn;

/** Training produced a non-finite cost or parameter (NaN or overflow) and was stopped. */
public class DivergenceException extends RuntimeException {
    private final int epoch;

    public DivergenceException(int epoch, String what) {
        super("training diverged in epoch " + epoch + ": " + what);
        this.epoch = epoch;
    }

    /** The 1-based epoch in which the first non-finite value appeared. */
    public int epoch() {
        return epoch;
    }
}

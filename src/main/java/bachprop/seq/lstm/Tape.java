package bachprop.seq.lstm;

/**
 * What the forward pass keeps for the backward pass (one per thread, reused between batches),
 * time-major like {@link SeqBatch}: the gate activations i, f, g, o side by side (4H per row),
 * the cell c, tanh(c), the hidden state h, h after dropout, the output probabilities, and the
 * dropout mask. {@code h0}, {@code c0} are the state before step 0 (zero when training).
 */
final class Tape {
    int steps;
    int size;
    double[] gates = new double[0];
    double[] c = new double[0];
    double[] tanhC = new double[0];
    double[] h = new double[0];
    double[] hDrop = new double[0];
    double[] keepMask = new double[0];
    double[] probs = new double[0];
    double[] h0 = new double[0];
    double[] c0 = new double[0];
    // backward scratch
    double[] dz = new double[0];
    double[] dy = new double[0];
    double[] dh = new double[0];
    double[] dhNext = new double[0];
    double[] dcNext = new double[0];

    void ensure(int steps, int size, int hidden, int outputs) {
        this.steps = steps;
        this.size = size;
        int rows = steps * size;
        int gateSize = 4 * hidden;
        if (gates.length < rows * gateSize) {
            gates = new double[rows * gateSize];
            dz = new double[rows * gateSize];
        }
        if (c.length < rows * hidden) {
            c = new double[rows * hidden];
            tanhC = new double[rows * hidden];
            h = new double[rows * hidden];
            hDrop = new double[rows * hidden];
            keepMask = new double[rows * hidden];
        }
        if (probs.length < rows * outputs) {
            probs = new double[rows * outputs];
        }
        if (h0.length != size * hidden) {
            h0 = new double[size * hidden];
            c0 = new double[size * hidden];
            dh = new double[size * hidden];
            dhNext = new double[size * hidden];
            dcNext = new double[size * hidden];
        }
        if (dy.length < size * outputs) {
            dy = new double[size * outputs];
        }
    }

    @Override
    public String toString() {
        return "Tape[" + steps + " steps × " + size + " sequences]";
    }
}

package bachprop.seq.lstm;

/**
 * What the forward pass keeps for the backward pass (one per thread, reused between batches),
 * one row per step and sequence, time-major like {@link SeqBatch}: the gate activations i, f, g, o
 * side by side (4H per row), the cell c, tanh(c), the hidden state h, h after dropout with its
 * mask, and the output probabilities. {@code h0}, {@code c0} are the state before step 0.
 */
final class Tape {
    int steps;
    int size;
    double[][] gates = new double[0][];
    double[][] c = new double[0][];
    double[][] tanhC = new double[0][];
    double[][] h = new double[0][];
    double[][] hDrop = new double[0][];
    double[][] keepMask = new double[0][];
    double[][] probs = new double[0][];
    double[][] h0 = new double[0][];
    double[][] c0 = new double[0][];
    // backward scratch
    double[][] dz = new double[0][];
    double[][] dy = new double[0][];
    double[][] dh = new double[0][];
    double[][] dhNext = new double[0][];
    double[][] dcNext = new double[0][];

    void ensure(int steps, int size, int hidden, int outputs) {
        this.steps = steps;
        this.size = size;
        int rows = steps * size;
        if (gates.length < rows
                || (rows > 0 && gates[0].length != 4 * hidden)
                || (rows > 0 && probs[0].length != outputs)) {
            gates = new double[rows][4 * hidden];
            dz = new double[rows][4 * hidden];
            c = new double[rows][hidden];
            tanhC = new double[rows][hidden];
            h = new double[rows][hidden];
            hDrop = new double[rows][hidden];
            keepMask = new double[rows][hidden];
            probs = new double[rows][outputs];
            dy = new double[rows][outputs];
        }
        if (h0.length != size || (size > 0 && h0[0].length != hidden)) {
            h0 = new double[size][hidden];
            c0 = new double[size][hidden];
            dh = new double[size][hidden];
            dhNext = new double[size][hidden];
            dcNext = new double[size][hidden];
        }
    }

    @Override
    public String toString() {
        return "Tape[" + steps + " steps × " + size + " sequences]";
    }
}

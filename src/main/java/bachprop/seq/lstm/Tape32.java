package bachprop.seq.lstm;

/**
 * What one pass keeps (one per worker thread, reused): the float form of {@link Tape}. Public so
 * that the four-voice LSTM (bachprop.seq.satb.lstm) runs its cells through the same {@link FastCell}.
 */
public final class Tape32 {
    public int steps;
    public int size;
    public float[] gates = new float[0];
    public float[] c = new float[0];
    public float[] tanhC = new float[0];
    public float[] h = new float[0];
    public float[] hDrop = new float[0];
    public float[] mask = new float[0];
    public float[] probs = new float[0];
    public float[] dz = new float[0];
    public float[] dy = new float[0];
    public float[] h0 = new float[0];
    public float[] c0 = new float[0];
    public float[] dh = new float[0];
    public float[] dhNext = new float[0];
    public float[] dcNext = new float[0];
    /** The inputs as float rows, and whether enough of them are non-zero to multiply as a matrix. */
    public float[] x = new float[0];

    public boolean denseInput;
    /** ∂C/∂θ of the last backward pass, flat like {@link FastLstm#theta}. */
    public float[] grad = new float[0];

    void ensure(FastLstm n, int steps, int size) {
        this.steps = steps;
        this.size = size;
        int rows = steps * size;
        if (gates.length < rows * n.gates || probs.length < rows * n.outputs) {
            gates = new float[rows * n.gates];
            dz = new float[rows * n.gates];
            c = new float[rows * n.hidden];
            tanhC = new float[rows * n.hidden];
            h = new float[rows * n.hidden];
            hDrop = new float[rows * n.hidden];
            mask = new float[rows * n.hidden];
            probs = new float[rows * n.outputs];
            dy = new float[rows * n.outputs];
        }
        if (x.length < rows * n.inputs) {
            x = new float[rows * n.inputs];
        }
        if (h0.length != size * n.hidden) {
            h0 = new float[size * n.hidden];
            c0 = new float[size * n.hidden];
            dh = new float[size * n.hidden];
            dhNext = new float[size * n.hidden];
            dcNext = new float[size * n.hidden];
        }
        if (grad.length != n.theta.length) {
            grad = new float[n.theta.length];
        }
    }

    /** Room for the cells alone (gates, c, tanh c, h and their deltas) of {@code steps × size} rows of {@code hidden} units. */
    public void ensureCells(int steps, int size, int hidden) {
        this.steps = steps;
        this.size = size;
        int rows = steps * size;
        if (gates.length < rows * 4 * hidden) {
            gates = new float[rows * 4 * hidden];
            dz = new float[rows * 4 * hidden];
            c = new float[rows * hidden];
            tanhC = new float[rows * hidden];
            h = new float[rows * hidden];
            hDrop = new float[rows * hidden];
            mask = new float[rows * hidden];
        }
        if (h0.length != size * hidden) {
            h0 = new float[size * hidden];
            c0 = new float[size * hidden];
            dh = new float[size * hidden];
            dhNext = new float[size * hidden];
            dcNext = new float[size * hidden];
        }
    }

    @Override
    public String toString() {
        return "Tape32[" + steps + " steps × " + size + " sequences]";
    }
}

package bachprop.seq.lstm;

/** What one pass keeps (one per worker thread, reused): the float form of {@link Tape}. */
final class Tape32 {
    int steps;
    int size;
    float[] gates = new float[0];
    float[] c = new float[0];
    float[] tanhC = new float[0];
    float[] h = new float[0];
    float[] hDrop = new float[0];
    float[] mask = new float[0];
    float[] probs = new float[0];
    float[] dz = new float[0];
    float[] dy = new float[0];
    float[] h0 = new float[0];
    float[] c0 = new float[0];
    float[] dh = new float[0];
    float[] dhNext = new float[0];
    float[] dcNext = new float[0];
    /** The inputs as float rows, and whether enough of them are non-zero to multiply as a matrix. */
    float[] x = new float[0];

    boolean denseInput;
    /** ∂C/∂θ of the last backward pass, flat like {@link FastLstm#theta}. */
    float[] grad = new float[0];

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

    @Override
    public String toString() {
        return "Tape32[" + steps + " steps × " + size + " sequences]";
    }
}

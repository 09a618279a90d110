package bachprop.seq.lstm;

/**
 * Adam (Kingma and Ba 2015) over one flat parameter vector: m and v are running averages of the
 * gradient and its square, bias-corrected, and each parameter moves by η·m̂/(√v̂ + ε).
 * Not in the text: the text uses plain gradient descent θ → θ − η∇C (its eq. 13).
 */
public final class Adam {
    public final double eta;
    public final double beta1;
    public final double beta2;
    public final double epsilon;
    private final double[][] m;
    private final double[][] v;
    private int step;

    /** @param shape an array of θ's shape (only its row lengths are read) */
    public Adam(double[][] shape, double eta) {
        this(shape, eta, 0.9, 0.999, 1e-8);
    }

    public Adam(double[][] shape, double eta, double beta1, double beta2, double epsilon) {
        this.eta = eta;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.m = new double[shape.length][];
        this.v = new double[shape.length][];
        for (int r = 0; r < shape.length; r++) {
            m[r] = new double[shape[r].length];
            v[r] = new double[shape[r].length];
        }
    }

    /** One update of θ from the gradient ∇C, with learning rate eta·rateScale. */
    public void update(double[][] theta, double[][] nabla, double rateScale) {
        step++;
        double c1 = 1 - Math.pow(beta1, step);
        double c2 = 1 - Math.pow(beta2, step);
        double lr = eta * rateScale;
        for (int r = 0; r < theta.length; r++) {
            double[] th = theta[r];
            double[] gr = nabla[r];
            double[] mr = m[r];
            double[] vr = v[r];
            for (int k = 0; k < th.length; k++) {
                double g = gr[k];
                mr[k] = beta1 * mr[k] + (1 - beta1) * g; // m ← β₁m + (1 − β₁)∇C
                vr[k] = beta2 * vr[k] + (1 - beta2) * g * g; // v ← β₂v + (1 − β₂)(∇C)²
                th[k] -= lr * (mr[k] / c1) / (Math.sqrt(vr[k] / c2) + epsilon); // θ ← θ − η m̂ / (√v̂ + ε)
            }
        }
    }

    public int steps() {
        return step;
    }

    /**
     * Gradient clipping by global norm: if ‖∇C‖ > maxNorm, scales ∇C to length maxNorm (so a
     * rare exploding gradient cannot throw θ far; the direction is kept). Returns the norm before.
     */
    public static double clip(double[][] nabla, double maxNorm) {
        double sq = 0;
        for (double[] row : nabla) {
            for (double g : row) {
                sq += g * g;
            }
        }
        double norm = Math.sqrt(sq); // ‖∇C‖
        if (norm > maxNorm && maxNorm > 0) {
            double s = maxNorm / norm; // ∇C ← ∇C · maxNorm / ‖∇C‖
            for (double[] row : nabla) {
                for (int k = 0; k < row.length; k++) {
                    row[k] *= s;
                }
            }
        }
        return norm;
    }

    @Override
    public String toString() {
        return String.format("Adam[η=%g, β₁=%g, β₂=%g, ε=%g, %d steps]", eta, beta1, beta2, epsilon, step);
    }
}

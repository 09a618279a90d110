/** Chapter 5 in one class: feed forward, backpropagate (BP1–BP4), and take one gradient-descent step. */
public final class Backprop {

    /** σ(z) = 1 / (1 + e^(−z)) (eq. 6). Given. */
    public static double sigma(double z) {
        return z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
    }

    /** σ′(z) = σ(z)(1 − σ(z)). Given. */
    public static double sigmaPrime(double z) {
        double s = sigma(z);
        return s * (1.0 - s);
    }

    /** zs[i] = W[i] activations[i] + b[i] (4); activations[i + 1] = σ(zs[i]) (5); activations[0] = x. */
    public static ForwardPass feedforward(double[][][] W, double[][] b, double[] x) {
        double[][] zs = new double[W.length][];
        double[][] activations = new double[W.length + 1][];
        activations[0] = x;
        for (int i = 0; i < W.length; i++) {
            zs[i] = new double[W[i].length];
            activations[i + 1] = new double[W[i].length];
            for (int k = 0; k < W[i].length; k++) {
                double z = b[i][k];
                for (int j = 0; j < activations[i].length; j++) {
                    z += W[i][k][j] * activations[i][j]; // (4)
                }
                zs[i][k] = z;
                activations[i + 1][k] = sigma(z); // (5)
            }
        }
        return new ForwardPass(zs, activations);
    }

    /** ∂C/∂b and ∂C/∂W for one example, by BP1–BP4. */
    public static Gradient backprop(double[][][] W, double[][] b, double[] x, double[] y) {
        ForwardPass f = feedforward(W, b, x);
        double[][] zs = f.zs();
        double[][] a = f.activations();
        int last = W.length - 1;
        double[][] nablaB = new double[W.length][];
        double[][][] nablaW = new double[W.length][][];
        double[] delta = new double[zs[last].length];
        for (int j = 0; j < delta.length; j++) {
            delta[j] = (a[last + 1][j] - y[j]) * sigmaPrime(zs[last][j]); // (BP1)
        }
        for (int i = last; i >= 0; i--) {
            nablaB[i] = delta.clone(); // (BP3)
            nablaW[i] = new double[delta.length][a[i].length];
            for (int k = 0; k < delta.length; k++) {
                for (int j = 0; j < a[i].length; j++) {
                    nablaW[i][k][j] = delta[k] * a[i][j]; // (BP4)
                }
            }
            if (i > 0) {
                double[] prev = new double[zs[i - 1].length];
                for (int j = 0; j < prev.length; j++) {
                    double sum = 0;
                    for (int k = 0; k < delta.length; k++) {
                        sum += W[i][k][j] * delta[k];
                    }
                    prev[j] = sum * sigmaPrime(zs[i - 1][j]); // (BP2)
                }
                delta = prev;
            }
        }
        return new Gradient(nablaB, nablaW);
    }

    /** One step Δv = −η∇C on this example, changing W (and b when updateBiases) in place. */
    public static void trainStep(double[][][] W, double[][] b, double[] x, double[] y, double eta, boolean updateBiases) {
        Gradient g = backprop(W, b, x, y); // every δ from the weights the forward pass used
        for (int i = 0; i < W.length; i++) {
            for (int k = 0; k < W[i].length; k++) {
                for (int j = 0; j < W[i][k].length; j++) {
                    W[i][k][j] += eta * g.nablaW()[i][k][j];
                }
                if (updateBiases) {
                    b[i][k] += eta * g.nablaB()[i][k];
                }
            }
        }
    }
}

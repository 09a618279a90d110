package bachprop.rnn;

import bachprop.nn.Mat;
import bachprop.nn.Vec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The experiment behind the gradient-norms visualiser: how ‖∂C/∂h_t‖ changes as it flows back
 * from the last step T to step 1, for recurrent weights of different scales.
 *
 * <p>The set-up makes the per-step factor easy to read: W_hh = s·Q with Q a random orthogonal
 * matrix (every singular value 1, so ‖W_hh‖₂ = s), b_h chosen so that h = ½ is a fixed point of
 * eq. 25 when there is no input (there σ′ = ¼, its largest value), small input weights, and a
 * cost only at the last step. Each step back multiplies the gradient by diag(σ′(z_t)) W_hhᵀ,
 * whose norm is about s/4: it vanishes for s &lt; 4 and explodes for s &gt; 4.
 */
public final class GradientFlow {
    /** One run: the scale s, ‖∂C/∂h_t‖ for t = 1..T, and the whole gradient's norm before and after clipping. */
    public record Run(
            double scale, double[] hiddenGradientNorms, double gradientNorm, double clippedNorm, double clip) {
        /** ‖∂C/∂h₁‖ / ‖∂C/∂h_T‖: how much the gradient grew (> 1) or shrank (< 1) on its way back. */
        public double ratio() {
            return hiddenGradientNorms[0] / hiddenGradientNorms[hiddenGradientNorms.length - 1];
        }

        /** The mean factor per step back, ratio^(1/(T−1)) (≈ s/4 here). */
        public double factorPerStep() {
            return Math.pow(ratio(), 1.0 / (hiddenGradientNorms.length - 1));
        }

        @Override
        public String toString() {
            return String.format(
                    "s = %s: ‖∂C/∂h₁‖/‖∂C/∂h_T‖ = %s (×%s per step), ‖g‖ = %s, clipped to %s",
                    Value.num(scale),
                    Value.num(ratio()),
                    Value.num(factorPerStep()),
                    Value.num(gradientNorm),
                    Value.num(clippedNorm));
        }
    }

    public static final int TOKENS = 4;
    private final int hidden;
    private final int T;
    private final long seed;
    private final double clip;

    /**
     * @param hidden n_h, @param T the number of time steps, @param seed for Q, the inputs and W_ho,
     * @param clip the clipping threshold c
     */
    public GradientFlow(int hidden, int T, long seed, double clip) {
        if (hidden < 1 || T < 2) {
            throw new IllegalArgumentException("need at least 1 hidden neuron and 2 time steps");
        }
        this.hidden = hidden;
        this.T = T;
        this.seed = seed;
        this.clip = clip;
    }

    /** The default of the visualiser and chapter 8: 8 hidden neurons, 20 steps, c = 5. */
    public static GradientFlow standard() {
        return new GradientFlow(8, 20, 7, 5.0);
    }

    public int T() {
        return T;
    }

    public double clip() {
        return clip;
    }

    /** The network for recurrent scale s (see the class comment). */
    public Rnn network(double s) {
        Random r = new Random(seed);
        Mat Whh = orthogonal(hidden, r).times(s);
        double[] bh = new double[hidden];
        for (int j = 0; j < hidden; j++) {
            for (int i = 0; i < hidden; i++) {
                bh[j] -= 0.5 * Whh.get(i, j); // so that z = ½·1 W_hh + b_h = 0 when h = ½ and x = 0
            }
        }
        Mat Wxh = Mat.gaussian(TOKENS, hidden, 1e-3, r);
        Mat Who = Mat.gaussian(hidden, TOKENS, 1 / Math.sqrt(hidden), r);
        return new Rnn(Wxh, Whh, new Vec(bh), Who, Vec.zeros(TOKENS));
    }

    /** BPTT for scale s, cost at step T only, starting from h₀ = ½. */
    public Run run(double s) {
        Rnn rnn = network(s);
        Random r = new Random(seed + 1);
        int[] tokens = new int[T];
        int[] targets = new int[T];
        Arrays.fill(targets, -1);
        for (int t = 0; t < T; t++) {
            tokens[t] = r.nextInt(TOKENS);
        }
        targets[T - 1] = r.nextInt(TOKENS);
        double[] half = new double[hidden];
        Arrays.fill(half, 0.5);
        RnnGradient g = rnn.bptt(rnn.oneHot(tokens), new Vec(half), targets, null);
        RnnGradient clipped = Clip.byGlobalNorm(g, clip, null);
        return new Run(s, g.hiddenGradientNorms(), g.norm(), clipped.norm(), clip);
    }

    public List<Run> runAll(double... scales) {
        List<Run> runs = new ArrayList<>();
        for (double s : scales) {
            runs.add(run(s));
        }
        return runs;
    }

    /** A random orthogonal matrix: Gram–Schmidt on the columns of a Gaussian one. */
    static Mat orthogonal(int n, Random r) {
        double[][] a = Mat.gaussian(n, n, 1, r).toArray();
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < j; k++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += a[i][j] * a[i][k];
                }
                for (int i = 0; i < n; i++) {
                    a[i][j] -= dot * a[i][k];
                }
            }
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm += a[i][j] * a[i][j];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                a[i][j] /= norm;
            }
        }
        return new Mat(a);
    }

    @Override
    public String toString() {
        return "GradientFlow n_h=" + hidden + ", T=" + T + ", c=" + Value.num(clip);
    }
}

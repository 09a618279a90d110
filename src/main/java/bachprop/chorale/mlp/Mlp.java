package bachprop.chorale.mlp;

import bachprop.nn.Init;
import bachprop.nn.Network;

/**
 * The text's network as the chorale experiment uses it: sigmoid layers, quadratic cost (eq. 7),
 * mini-batch gradient descent. An interface so the training engine can change (the teaching
 * {@link Network} one example at a time, or a batched engine) without touching the experiment.
 */
public interface Mlp {
    /** Layer sizes, input first. */
    int[] sizes();

    /** (3)–(5) the output aᴸ for input x. */
    double[] feedforward(double[] x);

    /**
     * Steps 2–6 of the algorithm for one mini-batch: backpropagate every example, average the
     * gradients, and move every weight and bias by −η times the average (eq. 13).
     *
     * @return the summed eq.-7 cost of the batch before the update
     */
    double updateMiniBatch(double[][] xs, double[][] ys, double eta);

    /** False once any weight or bias is NaN or infinite. */
    boolean isFinite();

    /** A copy of the current weights and biases as the teaching {@link Network}. */
    Network toNetwork();

    /**
     * The engine used by the chorale experiment, freshly initialised as {@link Network#random}: the
     * fast path ({@code bachprop.nn.fast}), which needs the JVM option
     * {@code --add-modules jdk.incubator.vector} (the launcher, the tests and JShell cells set it).
     */
    static Mlp create(long seed, Init init, int... sizes) {
        return FastMlp.of(Network.random(seed, init, sizes));
    }

    /** (7) C = ½ Σₖ (yₖ − aₖ)². */
    static double cost(double[] a, double[] y) {
        double c = 0;
        for (int k = 0; k < a.length; k++) {
            double gap = y[k] - a[k];
            c += gap * gap;
        }
        return 0.5 * c;
    }
}

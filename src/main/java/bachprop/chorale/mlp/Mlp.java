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
     * fast path, or the plain-array engine in a JVM started without the Vector API module (e.g. a
     * JShell session), which computes the same equations more slowly.
     */
    static Mlp create(long seed, Init init, int... sizes) {
        Network start = Network.random(seed, init, sizes);
        return fastPathAvailable() ? FastMlp.of(start) : BatchMlp.of(start);
    }

    /** True when {@code jdk.incubator.vector} (needed by {@code bachprop.nn.fast}) is loaded. */
    static boolean fastPathAvailable() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
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

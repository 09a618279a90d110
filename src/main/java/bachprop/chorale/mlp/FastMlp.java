package bachprop.chorale.mlp;

import bachprop.nn.Network;
import bachprop.nn.fast.FastNetwork;
import bachprop.nn.fast.FastTrainer;

/** The chorale network on the project's fast path ({@code bachprop.nn.fast}): whole mini-batches at once. */
public final class FastMlp implements Mlp {
    private final FastTrainer trainer;

    private FastMlp(FastNetwork net) {
        this.trainer = new FastTrainer(net);
    }

    /** A copy of {@code net}'s weights and biases. */
    public static FastMlp of(Network net) {
        return new FastMlp(FastNetwork.from(net));
    }

    @Override
    public int[] sizes() {
        return trainer.network().sizes();
    }

    @Override
    public double[] feedforward(double[] x) {
        return trainer.network().feedforward(new double[][] {x})[0];
    }

    @Override
    public double updateMiniBatch(double[][] xs, double[][] ys, double eta) {
        return trainer.updateMiniBatch(xs, ys, eta);
    }

    @Override
    public boolean isFinite() {
        return trainer.network().isFinite();
    }

    @Override
    public Network toNetwork() {
        return trainer.network().toNetwork();
    }

    @Override
    public String toString() {
        return "FastMlp " + trainer.network();
    }
}

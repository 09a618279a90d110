package bachprop.viz.algorithm;

import bachprop.nn.Example;
import bachprop.nn.Gradient;
import bachprop.nn.Network;
import bachprop.nn.Vec;
import bachprop.viz.StepModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The seven steps of the learning algorithm (section 5) as a stepper, each with the numbers it
 * produces on a small 2-2-1 network learning OR: position k (1..7) is step k; position 0 is the
 * overview. Everything is computed by the core (backprop, meanGradient, update, sgd).
 */
public final class AlgorithmModel extends StepModel {
    public static final String[] STEPS = {
        "Define a cost function and randomly initiate the weights and biases.",
        "Input a training example into the network and feed forwards to compute an output.",
        "Use the output to compute the error of all the neurons in the network.",
        "Use the errors to compute the partial derivatives of C w.r.t. the weights and biases: ∇C.",
        "Compute ∇C for several training examples (a mini-batch) and average them.",
        "Tweak the weights and biases by gradient descent, Δv = −η · (the mean ∇C).",
        "Repeat for many training examples until the cost reaches a local minimum."
    };

    private final List<Example> data;
    private final double eta;
    private final Network start;
    private final Network afterOne;
    private final Gradient first;
    private final Gradient mean;
    private final List<Double> costs = new ArrayList<>();

    public AlgorithmModel(long seed, double eta, int epochs) {
        this.eta = eta;
        data = List.of(
                new Example(new Vec(0, 0), new Vec(0)),
                new Example(new Vec(0, 1), new Vec(1)),
                new Example(new Vec(1, 0), new Vec(1)),
                new Example(new Vec(1, 1), new Vec(1)));
        start = Network.random(seed, 2, 2, 1); // step 1
        first = start.backprop(data.get(1).x(), data.get(1).y()); // steps 2–4 for one example
        mean = start.meanGradient(data.subList(0, 2)); // step 5: a mini-batch of 2
        afterOne = start.copy();
        afterOne.update(mean, eta); // step 6
        Network net = start.copy();
        costs.add(net.meanCost(data));
        net.sgd(data, epochs, 2, eta, new Random(seed), (epoch, n) -> costs.add(n.meanCost(data))); // step 7
    }

    @Override
    public int count() {
        return STEPS.length + 1;
    }

    public List<Example> data() {
        return data;
    }

    public double eta() {
        return eta;
    }

    public Network start() {
        return start;
    }

    public Network afterOne() {
        return afterOne;
    }

    public Gradient firstGradient() {
        return first;
    }

    public Gradient meanGradient() {
        return mean;
    }

    /** The mean cost over the four examples before training and after each epoch. */
    public List<Double> costs() {
        return List.copyOf(costs);
    }

    @Override
    public Map<String, Object> numbers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algorithmStep", step());
        m.put("text", step() == 0 ? "overview" : STEPS[step() - 1]);
        m.put("eta", eta);
        m.put("costBefore", start.meanCost(data));
        m.put("costAfterOneUpdate", afterOne.meanCost(data));
        m.put("costPerEpoch", costs());
        return m;
    }
}

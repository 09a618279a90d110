package bachprop.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The record of every step that forward propagation, backpropagation and the update took, in
 * the order they took them. Visualisers, chapters, the command line and tests all read this one
 * list; none of them recomputes a step for display.
 */
public final class Trace implements Iterable<Step> {
    private final List<Step> steps = new ArrayList<>();

    void add(Equation equation, int layer, int neuron, int from, List<Operand> reads, Operand result) {
        steps.add(new Step(steps.size(), equation, layer, neuron, from, reads, result));
    }

    public List<Step> steps() {
        return Collections.unmodifiableList(steps);
    }

    public int size() {
        return steps.size();
    }

    public Step get(int i) {
        return steps.get(i);
    }

    public List<Step> of(Equation equation) {
        return steps.stream().filter(s -> s.equation() == equation).toList();
    }

    @Override
    public Iterator<Step> iterator() {
        return steps().iterator();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Step s : steps) {
            sb.append(String.format("%3d  %s%n", s.index() + 1, s));
        }
        return sb.toString();
    }
}

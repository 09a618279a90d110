package bachprop.rnn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Every step the forward pass and backpropagation through time took, in the order they took
 * them: eq. 25 for t = 1..T, the outputs and costs, then BPTT1–5 for t = T..1, then clipping and
 * the update. The BPTT visualiser, chapter 8 and the tests all read this one list.
 */
public final class BpttTrace implements Iterable<BpttStep> {
    private final List<BpttStep> steps = new ArrayList<>();

    void add(BpttEquation equation, int t, List<Value> reads, Value result) {
        steps.add(new BpttStep(steps.size(), equation, t, reads, result));
    }

    public List<BpttStep> steps() {
        return Collections.unmodifiableList(steps);
    }

    public int size() {
        return steps.size();
    }

    public BpttStep get(int i) {
        return steps.get(i);
    }

    public List<BpttStep> of(BpttEquation equation) {
        return steps.stream().filter(s -> s.equation() == equation).toList();
    }

    /** The index of the first backward step (BPTT1 at t = T), or size() if there is none. */
    public int firstBackwardStep() {
        for (BpttStep s : steps) {
            if (s.equation().isBackward()) {
                return s.index();
            }
        }
        return steps.size();
    }

    @Override
    public Iterator<BpttStep> iterator() {
        return steps().iterator();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (BpttStep s : steps) {
            sb.append(String.format("%3d  %s%n", s.index() + 1, s));
        }
        return sb.toString();
    }
}

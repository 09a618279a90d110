package bachprop.viz.deltaflow;

import bachprop.nn.Equation;
import bachprop.nn.Quantity;
import bachprop.nn.Step;
import bachprop.nn.Symbol;
import bachprop.nn.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One trace cut into the groups that one press of → reveals ({@link Granularity}), and each
 * step found by the {@link Symbol} it wrote (every symbol is written once: the forward pass
 * writes z and a, BP1 and BP2 write δ, BP3 and BP4 write ∂C/∂b and ∂C/∂w, the update writes
 * the new w and b).
 */
final class StepGroups {
    private final Trace trace;
    private final List<int[]> groups = new ArrayList<>(); // [first step, one past the last]
    private final Map<Symbol, Step> wrote = new HashMap<>();

    StepGroups(Trace trace, Granularity granularity) {
        this.trace = trace;
        String last = null;
        for (Step s : trace) {
            String k = granularity.key(s);
            if (k.equals(last)) {
                groups.get(groups.size() - 1)[1] = s.index() + 1;
            } else {
                groups.add(new int[] {s.index(), s.index() + 1});
            }
            last = k;
            wrote.put(s.wrote(), s);
        }
    }

    Trace trace() {
        return trace;
    }

    /** The number of groups. */
    int count() {
        return groups.size();
    }

    /** The steps of group {@code g} (0-based). */
    List<Step> group(int g) {
        return trace.steps().subList(groups.get(g)[0], groups.get(g)[1]);
    }

    /** How many steps are revealed once groups 1..position are (0 at the start). */
    int end(int position) {
        return position == 0 || groups.isEmpty() ? 0 : groups.get(Math.min(position, groups.size()) - 1)[1];
    }

    /** The position that reveals the most groups without going past {@code revealed} steps. */
    int positionShowing(int revealed) {
        int position = 0;
        while (position < groups.size() && groups.get(position)[1] <= revealed) {
            position++;
        }
        return position;
    }

    /** The step that wrote {@code symbol}, or null. */
    Step wrote(Symbol symbol) {
        return wrote.get(symbol);
    }

    /** The largest |δ| in the trace. */
    double deltaScale() {
        double s = 0;
        for (Step st : trace) {
            if (st.wrote().quantity() == Quantity.DELTA) {
                s = Math.max(s, Math.abs(st.value()));
            }
        }
        return s;
    }

    /** Every value {@code steps} read or wrote, by its symbol. */
    static Set<Symbol> touched(List<Step> steps) {
        Set<Symbol> touched = new HashSet<>();
        for (Step s : steps) {
            s.reads().forEach(o -> touched.add(o.symbol()));
            touched.add(s.wrote());
        }
        return touched;
    }

    /** Where in the algorithm a step of {@code e} is: forward pass, cost, backward pass or update (null: the start). */
    static String phase(Equation e) {
        if (e == null) {
            return "start: nothing computed yet";
        }
        return switch (e) {
            case Z, A -> "forward pass";
            case COST -> "cost";
            case BP1, BP2 -> "backward pass: errors δ";
            case BP3, BP4 -> "backward pass: gradient";
            case UPDATE_W, UPDATE_B -> "gradient descent update";
        };
    }
}

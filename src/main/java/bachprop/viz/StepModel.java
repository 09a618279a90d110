package bachprop.viz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The part every visualiser model shares: a position among {@link #count()} steps, stepped
 * forward and back, and listeners told of every change. No pixels and no JavaFX: a view binds
 * to a model by listening, and tests drive a model alone.
 */
public abstract class StepModel implements Stepping {
    private final List<Runnable> listeners = new ArrayList<>();
    private int step;

    /** The number of positions, at least 1 (position 0 is the start). */
    public abstract int count();

    /** The numbers the current position shows, for export beside a PNG. */
    public abstract Map<String, Object> numbers();

    public int step() {
        return step;
    }

    /** Positions run 0..count() − 1 here. */
    @Override
    public int lastStep() {
        return count() - 1;
    }

    public boolean forward() {
        if (step + 1 >= count()) {
            return false;
        }
        step++;
        changed();
        return true;
    }

    public boolean back() {
        if (step == 0) {
            return false;
        }
        step--;
        changed();
        return true;
    }

    public void reset() {
        step = 0;
        changed();
    }

    /** Moves to position {@code n}, clamped to 0..count()−1. */
    public void goTo(int n) {
        step = Math.max(0, Math.min(n, count() - 1));
        changed();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** The model's name, its position and the numbers it shows: what a student sees in JShell. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + " at step " + step + " of " + lastStep() + ": " + numbers();
    }

    /** Numbers as a list for {@link #numbers()}: written as a JSON array, printed readably in JShell. */
    protected static List<Object> list(double... values) {
        List<Object> l = new ArrayList<>();
        for (double v : values) {
            l.add(v);
        }
        return l;
    }

    /** Tells every listener that something changed (subclasses call it after each edit). */
    protected void changed() {
        if (step >= count()) {
            step = count() - 1;
        }
        for (Runnable r : List.copyOf(listeners)) {
            r.run();
        }
    }
}

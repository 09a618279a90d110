package bachprop.rnn.viz;

import bachprop.viz.Stepping;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the two chapter-8 models share: {@link #count()} steps revealed one at a time, the number
 * shown so far (0 = none, count() = all) and the listeners told of every change.
 */
abstract class ShownSteps implements Stepping {
    private int shown;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void addListener(Runnable r) {
        listeners.add(r);
    }

    @Override
    public void removeListener(Runnable r) {
        listeners.remove(r);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    /** How many steps have been taken: 0..count(). */
    public int shown() {
        return shown;
    }

    /** The position for {@link Stepping}: the same as {@link #shown()}. */
    @Override
    public int step() {
        return shown;
    }

    @Override
    public boolean forward() {
        if (shown >= count()) {
            return false;
        }
        shown++;
        changed();
        return true;
    }

    @Override
    public boolean back() {
        if (shown == 0) {
            return false;
        }
        shown--;
        changed();
        return true;
    }

    @Override
    public void reset() {
        shown = 0;
        changed();
    }

    /** Jumps to a position 0..count(). */
    public void seek(int position) {
        if (position < 0 || position > count()) {
            throw new IllegalArgumentException("step " + position + " is outside 0.." + count());
        }
        shown = position;
        changed();
    }
}

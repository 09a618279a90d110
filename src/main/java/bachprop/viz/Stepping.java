package bachprop.viz;

import java.util.Map;

/**
 * What a visualiser steps through: a position moved forward and back, listeners told of every
 * change, and the numbers on show. {@link StepModel} is the usual one; a model with its own
 * notion of position (the chapter-8 models count computed trace steps) implements this directly.
 */
public interface Stepping {
    /** The current position (0 is the start). */
    int step();

    /** The number of steps as the model counts them. */
    int count();

    /**
     * The last position: how many presses of → lead from the start to the end. This is what a
     * step count means everywhere: "Step n of N" on the image and in the window, and
     * {@code "steps": N} in the exported JSON (a sequence export writes N + 1 frames, 0..N).
     * Positions run 0..count() unless the model says otherwise.
     */
    default int lastStep() {
        return count();
    }

    boolean forward();

    boolean back();

    void reset();

    /** The numbers the current position shows, for export beside a PNG. */
    Map<String, Object> numbers();

    void addListener(Runnable listener);

    void removeListener(Runnable listener);
}

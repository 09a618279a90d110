package bachprop.app;

import bachprop.jshell.CellResult;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the reader was in one chapter: which of its visualisers was shown and at which step, and
 * the last result of each cell that ran. Kept by the {@link WindowModel} for every chapter visited
 * in a session, so leaving a chapter and coming back finds it as it was left; the last chapter's
 * visualiser and step are also saved in the {@link Settings} for the next start. No JavaFX.
 */
public final class ChapterPlace {
    /** A cell's last result and how long it took, as the cell showed it. */
    public record CellOutput(CellResult result, double seconds) {}

    private int visualiser;
    private int step;
    private final Map<Integer, CellOutput> outputs = new TreeMap<>();

    /** The index of the visualiser block shown (0 = the chapter's first). */
    public int visualiser() {
        return visualiser;
    }

    /** The step the shown visualiser was at. */
    public int step() {
        return step;
    }

    /** Another visualiser is shown: its step is its own, from 0 unless {@code step} says. */
    void showVisualiser(int index, int step) {
        this.visualiser = Math.max(0, index);
        this.step = Math.max(0, step);
    }

    void step(int step) {
        this.step = Math.max(0, step);
    }

    /** The last output of cell {@code index} (1-based, as the cells are labelled), or null. */
    public CellOutput output(int index) {
        return outputs.get(index);
    }

    void output(int index, CellResult result, double seconds) {
        outputs.put(index, new CellOutput(result, seconds));
    }

    /** How many cells have an output kept. */
    public int outputs() {
        return outputs.size();
    }

    @Override
    public String toString() {
        return "visualiser " + visualiser + " at step " + step + ", " + outputs.size() + " cell output"
                + (outputs.size() == 1 ? "" : "s") + " " + outputs.keySet();
    }
}

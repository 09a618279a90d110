package bachprop.chorale.plot;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The text's Figure 9: cost against training progress, one or more named series, growing while
 * training runs. No pixels here: painters and views read it and listen for changes. Thread-safe
 * (training adds points from its own thread).
 */
public final class CostCurveModel {
    /** A point: x in epochs (fractional within an epoch), y the mean eq.-7 cost of a window. */
    public record Point(double x, double y) {}

    /** One named line. */
    public static final class Series {
        private final String label;
        private final List<Point> points = new CopyOnWriteArrayList<>();

        Series(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public List<Point> points() {
            return Collections.unmodifiableList(points);
        }

        @Override
        public String toString() {
            return label + " (" + points.size() + " points"
                    + (points.isEmpty()
                            ? ""
                            : ", last "
                                    + String.format(
                                            "%.2f",
                                            points.get(points.size() - 1).y())) + ")";
        }
    }

    private final String title;
    private final List<Series> series = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public CostCurveModel(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public synchronized Series series(String label) {
        for (Series s : series) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        Series s = new Series(label);
        series.add(s);
        fire();
        return s;
    }

    public List<Series> allSeries() {
        return Collections.unmodifiableList(series);
    }

    public void add(String label, double x, double y) {
        series(label).points.add(new Point(x, y));
        fire();
    }

    public void clear() {
        series.clear();
        fire();
    }

    /** Called (on the adding thread) after every change. */
    public void addListener(Runnable r) {
        listeners.add(r);
    }

    public void removeListener(Runnable r) {
        listeners.remove(r);
    }

    private void fire() {
        for (Runnable r : listeners) {
            r.run();
        }
    }

    /** The largest y over every series (0 when empty). */
    public double maxY() {
        double m = 0;
        for (Series s : series) {
            for (Point p : s.points) {
                m = Math.max(m, p.y());
            }
        }
        return m;
    }

    public double maxX() {
        double m = 0;
        for (Series s : series) {
            for (Point p : s.points) {
                m = Math.max(m, p.x());
            }
        }
        return m;
    }

    @Override
    public String toString() {
        return "CostCurveModel '" + title + "': " + series;
    }
}

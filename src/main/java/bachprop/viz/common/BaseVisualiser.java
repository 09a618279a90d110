package bachprop.viz.common;

import bachprop.viz.Stepping;
import bachprop.viz.Visualiser;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;

/** A visualiser made of one stepping model (usually a {@link bachprop.viz.StepModel}) and a view built on first use. */
public abstract class BaseVisualiser<M extends Stepping> implements Visualiser {
    private final String name;
    protected final M model;
    protected Theme theme;
    private Theme normalTheme;
    private boolean presenting;
    private Node view;

    protected BaseVisualiser(String name, M model, Theme theme) {
        this.name = name;
        this.model = model;
        this.theme = theme;
        this.normalTheme = theme;
    }

    /**
     * Presenter mode for the window: the projector theme (large type, high contrast) and, where a
     * view has controls, controls hidden; off restores the theme the visualiser was made with.
     */
    public void setPresenter(boolean on) {
        presenting = on;
        theme = on ? Theme.PROJECTOR : normalTheme;
        if (view instanceof Themed t) {
            t.setPresenter(on, normalTheme);
        }
    }

    /**
     * The reader's theme (the window's chooser: standard, high contrast, projector): the theme
     * outside presenter mode from now on, applied at once unless presenting.
     */
    public void setTheme(Theme t) {
        normalTheme = t;
        if (!presenting) {
            theme = t;
            if (view instanceof Themed th) {
                th.setTheme(t);
            }
        }
    }

    public M model() {
        return model;
    }

    public Theme theme() {
        return theme;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = createView();
            accessible(view);
        }
        return view;
    }

    /**
     * For keyboard and screen-reader users: the focus ring's style sheet, and — unless the view
     * says more itself (δ-flow) — an accessible text that follows the model ({@link #describe()});
     * a drawing alone is an image a screen reader can reach by Tab.
     */
    private void accessible(Node v) {
        if (v instanceof Parent p && !p.getStyleClass().contains("viz-root")) {
            p.getStyleClass().add("viz-root");
            p.getStylesheets().add(Theme.focusStylesheet());
        }
        if (v.getAccessibleText() == null) {
            Runnable say = () -> v.setAccessibleText(describe());
            say.run();
            model.addListener(say);
        }
        if (v instanceof CanvasView) {
            v.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
            v.setFocusTraversable(true);
        }
    }

    /** The current step in words, for a screen reader: the name, the step and the numbers on show. */
    protected String describe() {
        StringBuilder sb = new StringBuilder(name + ", step " + model.step() + " of " + (model.count() - 1));
        String sep = ": ";
        for (Map.Entry<String, Object> e : model.numbers().entrySet()) {
            String said = spoken(e.getValue());
            if (said != null) {
                sb.append(sep).append(e.getKey().replace('_', ' ')).append(' ').append(said);
                sep = ", ";
            }
        }
        return Spoken.words(sb.toString()) + ".";
    }

    /** A number, a word or a short list of numbers as words; null for anything longer. */
    private static String spoken(Object v) {
        if (v instanceof Number n) {
            return Num.sig(n.doubleValue(), 4);
        }
        if (v instanceof String || v instanceof Boolean) {
            return v.toString().length() <= 60 ? v.toString() : null;
        }
        if (v instanceof List<?> l && l.size() <= 8 && l.stream().allMatch(x -> x instanceof Number)) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(Num.sig(((Number) x).doubleValue(), 4)));
            return String.join(", ", parts);
        }
        return null;
    }

    protected abstract Node createView();

    /**
     * The fresh view {@link #frame} draws: by default one like {@link #createView()}; a visualiser
     * whose view animates returns one with zero durations, so the frame shows the settled state.
     */
    protected Node createFrameView() {
        return createView();
    }

    /**
     * The current frame drawn by a fresh view of the same model at width × height, off screen, so
     * a view on show is not disturbed. Call on the FX thread.
     */
    public BufferedImage frame(int width, int height) {
        Node fresh = createFrameView();
        try {
            return Export.snapshot(fresh, width, height, theme.background());
        } finally {
            if (fresh instanceof Unbindable u) {
                u.unbind();
            }
        }
    }

    @Override
    public boolean stepForward() {
        return model.forward();
    }

    @Override
    public boolean stepBack() {
        return model.back();
    }

    @Override
    public void reset() {
        model.reset();
    }

    @Override
    public Map<String, Object> numbers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("visualiser", name);
        m.put("step", model.step());
        m.put("steps", model.lastStep()); // "Step n of N" says the same N
        m.putAll(model.numbers());
        return m;
    }

    @Override
    public String toString() {
        return name + " (step " + model.step() + " of " + model.lastStep() + ")";
    }
}

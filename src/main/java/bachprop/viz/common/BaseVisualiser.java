package bachprop.viz.common;

import bachprop.viz.Stepping;
import bachprop.viz.Visualiser;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;

/** A visualiser made of one stepping model (usually a {@link bachprop.viz.StepModel}) and a view built on first use. */
public abstract class BaseVisualiser<M extends Stepping> implements Visualiser {
    private final String name;
    protected final M model;
    protected Theme theme;
    private final Theme normalTheme;
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
        theme = on ? Theme.PROJECTOR : normalTheme;
        if (view instanceof Themed t) {
            t.setPresenter(on, normalTheme);
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
        }
        return view;
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

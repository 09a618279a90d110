package bachprop.viz.costsurface;

import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Options;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * {@code cost-surface}: options {@code function} (the text's x^2 + 2xy + 3y^2, the only one),
 * {@code eta} (default 0.1; try 0.3 to see it diverge), {@code point} or {@code start} (default
 * 2.5,1.5), {@code steps} (default 15), {@code show} (any of slices, tangent-plane, ball; default
 * all), {@code theme}.
 */
public final class CostSurfaceVisualiser extends BaseVisualiser<CostSurfaceModel> {
    private final Duration rollTime;
    private Set<String> show = Set.of("slices", "tangent-plane", "ball");

    CostSurfaceVisualiser(CostSurfaceModel model, Options o) {
        super("cost-surface", model, o.theme());
        rollTime = Duration.millis(o.number("roll-ms", 400));
    }

    public static CostSurfaceVisualiser create(Map<String, String> options) {
        Options o = new Options("cost-surface", options);
        String f = o.get("function", "x^2 + 2xy + 3y^2").replace(" ", "");
        if (!f.equals("x^2+2xy+3y^2") && !f.equals("v1^2+2v1v2+3v2^2")) {
            throw new IllegalArgumentException(
                    "visualiser cost-surface: option 'function' supports the text's x^2 + 2xy + 3y^2 only, not '"
                            + o.get("function", "") + "'");
        }
        String[] start = o.get("start", o.get("point", "2.5,1.5")).split("[, ]+");
        double u1;
        double u2;
        try {
            u1 = Double.parseDouble(start[0]);
            u2 = Double.parseDouble(start[1]);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "visualiser cost-surface: option 'start' must be two numbers like 2.5,1.5");
        }
        CostSurfaceVisualiser v = new CostSurfaceVisualiser(
                new CostSurfaceModel(o.number("eta", 0.1), u1, u2, (int) o.whole("steps", 15)), o);
        String show = o.get("show", "slices, tangent-plane, ball");
        for (String s : show.split("[, ]+")) {
            if (!Set.of("slices", "tangent-plane", "ball").contains(s)) {
                throw new IllegalArgumentException(
                        "visualiser cost-surface: option 'show' lists slices, tangent-plane and/or ball, not '" + s
                                + "'");
            }
        }
        v.show = Set.of(show.split("[, ]+"));
        return v;
    }

    @Override
    protected Node createFrameView() {
        return new CostSurfaceView(model, theme, Duration.ZERO, show);
    }

    @Override
    protected Node createView() {
        return new CostSurfaceView(model, theme, rollTime, show);
    }
}

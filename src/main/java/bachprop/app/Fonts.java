package bachprop.app;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;

/**
 * The reading pane's fonts, all derived from one base size so that zoom and presenter mode scale
 * every piece of prose at once (Text nodes do not inherit the root's CSS font size).
 */
final class Fonts {
    static final String PROSE = "System";
    static final String MONO = "Monospaced";

    /** Body text size in pixels. */
    final DoubleProperty size = new SimpleDoubleProperty(15);

    private final Map<String, ObjectBinding<Font>> shared = new HashMap<>();

    /** One binding per style, shared by every Text node of that style. */
    ObjectBinding<Font> body(boolean bold, boolean italic, boolean mono) {
        return shared.computeIfAbsent("b" + bold + italic + mono, k -> newBody(bold, italic, mono));
    }

    ObjectBinding<Font> heading(int level, boolean italic, boolean mono) {
        return shared.computeIfAbsent("h" + level + italic + mono, k -> newHeading(level, italic, mono));
    }

    private ObjectBinding<Font> newBody(boolean bold, boolean italic, boolean mono) {
        return Bindings.createObjectBinding(
                () -> Font.font(
                        mono ? MONO : PROSE,
                        bold ? FontWeight.BOLD : FontWeight.NORMAL,
                        italic ? FontPosture.ITALIC : FontPosture.REGULAR,
                        size.get() * (mono ? 0.93 : 1)),
                size);
    }

    private ObjectBinding<Font> newHeading(int level, boolean italic, boolean mono) {
        double scale = level == 1 ? 1.9 : level == 2 ? 1.45 : 1.2;
        return Bindings.createObjectBinding(
                () -> Font.font(
                        mono ? MONO : PROSE,
                        FontWeight.BOLD,
                        italic ? FontPosture.ITALIC : FontPosture.REGULAR,
                        size.get() * scale),
                size);
    }
}

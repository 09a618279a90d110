package bachprop.app;

import bachprop.viz.Visualiser;
import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.StepAnimations;
import bachprop.viz.common.Theme;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * The reader's accessibility settings in the window: the visualisers' theme (standard, high
 * contrast, projector) and reduced motion (no travelling pulses, instant steps; also the M key in
 * a visualiser). Both are kept in {@link Settings} like the rest of the window's settings.
 */
final class Accessibility {
    final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.STANDARD);
    /** Held here so that the weak listener on the shared setting lives as long as this window. */
    private final ChangeListener<Boolean> motionSaver;

    /**
     * @param active the visualiser on show, which takes a new theme at once
     * @param changed saves the settings (a change is kept even if the window is killed)
     */
    Accessibility(Settings settings, Supplier<Visualiser> active, Runnable changed) {
        try {
            theme.set(Theme.named(settings.vizTheme));
        } catch (IllegalArgumentException e) {
            theme.set(Theme.STANDARD); // an unknown name in window.json: the default
        }
        StepAnimations.reducedMotion().set(settings.reducedMotion);
        theme.addListener((o, a, t) -> {
            apply(active.get());
            changed.run();
        });
        motionSaver = (o, a, b) -> changed.run();
        StepAnimations.reducedMotion().addListener(new WeakChangeListener<>(motionSaver)); // shared by every window
    }

    /** A visualiser coming on show takes the reader's theme. */
    void apply(Visualiser v) {
        if (v instanceof BaseVisualiser<?> b) {
            b.setTheme(theme.get());
        }
    }

    void save(Settings settings) {
        settings.vizTheme = theme.get().name();
        settings.reducedMotion = StepAnimations.reducedMotion().get();
    }

    /** The toolbar's theme chooser and reduced-motion toggle. */
    Node[] controls() {
        ChoiceBox<Theme> chooser = new ChoiceBox<>();
        chooser.setId("viz-theme");
        chooser.getItems().addAll(Theme.all());
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme t) {
                return t == null ? "" : "Visualiser: " + t.name().replace('-', ' ');
            }

            @Override
            public Theme fromString(String s) {
                return Theme.named(s.replace("Visualiser: ", "").replace(' ', '-'));
            }
        });
        chooser.valueProperty().bindBidirectional(theme);
        chooser.setAccessibleText("visualiser theme: standard, projector or high contrast");
        chooser.setTooltip(new Tooltip("The visualisers' colours: high contrast keeps every text at least 7:1"));
        ToggleButton motion = new ToggleButton("Reduce motion");
        motion.setId("reduced-motion");
        motion.selectedProperty().bindBidirectional(StepAnimations.reducedMotion());
        motion.setTooltip(
                new Tooltip("No travelling pulses or rolling: every step appears at once (M in a visualiser)"));
        return new Node[] {chooser, motion};
    }

    @Override
    public String toString() {
        return "Accessibility(theme " + theme.get().name()
                + (StepAnimations.reducedMotion().get() ? ", reduced motion" : "") + ")";
    }
}

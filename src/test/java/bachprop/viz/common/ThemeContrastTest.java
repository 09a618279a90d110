package bachprop.viz.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** WCAG 2 contrast ratios of the themes' colour pairs (no JavaFX toolkit needed). */
class ThemeContrastTest {
    @Test
    void contrastRatioIsWcagsFormula() {
        assertEquals(21.0, Theme.contrast(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(1.0, Theme.contrast(Color.web("#777777"), Color.web("#777777")), 1e-9);
        // #767676 on white is WCAG's well-known 4.54:1 (the lightest grey passing AA)
        assertEquals(4.54, Theme.contrast(Color.web("#767676"), Color.WHITE), 0.01);
    }

    @Test
    void everyTextColourOfTheHighContrastThemeIsAtLeastSevenToOneOnBothBackgrounds() {
        Theme t = Theme.HIGH_CONTRAST;
        for (Color text : List.of(t.foreground(), t.muted(), t.accent(), t.focus())) {
            for (Color back : List.of(t.background(), t.panel())) {
                double ratio = Theme.contrast(text, back);
                assertTrue(
                        ratio >= 7.0,
                        Theme.web(text) + " on " + Theme.web(back) + " is " + String.format("%.2f", ratio) + ":1");
            }
        }
    }

    @Test
    void theFocusRingStandsOutAtLeastThreeToOneInEveryTheme() {
        for (Theme t : Theme.all()) {
            for (Color back : List.of(t.background(), t.panel())) {
                double ratio = Theme.contrast(t.focus(), back);
                assertTrue(ratio >= 3.0, t.name() + ": focus ring " + String.format("%.2f", ratio) + ":1");
            }
        }
    }

    @Test
    void theHighContrastThemeIsNamedLikeTheOthersAndDefinesTheFocusColourInItsCss() {
        assertSame(Theme.HIGH_CONTRAST, Theme.named("high-contrast"));
        assertTrue(Theme.HIGH_CONTRAST.dark());
        assertTrue(Theme.HIGH_CONTRAST.css(14).contains("-viz-focus: #00ffff;"));
    }
}

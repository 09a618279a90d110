package bachprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.viz.common.Options;
import bachprop.viz.common.StepAnimations;
import bachprop.viz.common.Theme;
import bachprop.viz.deltaflow.DeltaFlowModel;
import bachprop.viz.deltaflow.DeltaFlowVisualiser;
import bachprop.viz.deltaflow.Granularity;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's visualiser theme and reduced-motion setting: applied, saved at once, restored. */
class AccessibilityTest {
    @AfterEach
    void motionBack() {
        StepAnimations.reducedMotion().set(false);
    }

    @Test
    void theHighContrastThemeAndReducedMotionSurviveARestart(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("window.json");
        Settings s = new Settings();
        s.vizTheme = "high-contrast";
        s.reducedMotion = true;
        s.save(f);
        Settings back = Settings.load(f);
        new Accessibility(back, () -> null, () -> {});
        assertTrue(StepAnimations.reducedMotion().get());
        assertEquals("high-contrast", back.vizTheme);
    }

    @Test
    void choosingAThemeRestylesTheVisualiserOnShowAndSavesTheSettings() {
        Settings s = new Settings();
        DeltaFlowVisualiser v = new DeltaFlowVisualiser(
                DeltaFlowModel.mazur(Granularity.EQUATION, false), new Options("delta-flow", Map.of()));
        AtomicInteger saved = new AtomicInteger();
        Accessibility a = new Accessibility(s, () -> v, saved::incrementAndGet);
        assertSame(Theme.STANDARD, a.theme.get());
        assertFalse(StepAnimations.reducedMotion().get());
        a.theme.set(Theme.HIGH_CONTRAST);
        assertSame(Theme.HIGH_CONTRAST, v.theme());
        StepAnimations.reducedMotion().set(true);
        assertEquals(2, saved.get(), "each change saves");
        a.save(s);
        assertEquals("high-contrast", s.vizTheme);
        assertTrue(s.reducedMotion);
        v.setPresenter(true);
        assertSame(Theme.PROJECTOR, v.theme(), "presenter mode still projects");
        v.setPresenter(false);
        assertSame(Theme.HIGH_CONTRAST, v.theme(), "and gives the reader's theme back");
    }

    @Test
    void anUnknownThemeNameInTheFileGivesTheStandardTheme() {
        Settings s = new Settings();
        s.vizTheme = "sepia";
        assertSame(Theme.STANDARD, new Accessibility(s, () -> null, () -> {}).theme.get());
    }
}

package bachprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.app.Keymap.Focus;
import bachprop.app.WindowModelTest.FakeVisualiser;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The lecture's keys on the view model alone (no window, no toolkit): {@link Keymap} over {@link PresenterModel}. */
class PresenterModelTest {
    final WindowModel window = new WindowModel();
    final PresenterModel presenter = new PresenterModel(window);
    final AtomicInteger ranAll = new AtomicInteger();
    final Keymap keys = new Keymap(window, presenter, window::togglePresenter, ranAll::incrementAndGet);
    final FakeVisualiser v = new FakeVisualiser(34); // steps 0..33, as δ-flow's Mazur preset

    PresenterModelTest() {
        window.show(v, 0, v.count);
    }

    private boolean press(KeyCode code, Focus focus) {
        return keys.act(code, false, false, focus);
    }

    @Test
    void inPresenterModeTwelveRightArrowsReachStepTwelveWhateverHasTheFocus() {
        press(KeyCode.F5, Focus.FREE);
        assertTrue(window.presenter());
        Focus[] anything = {Focus.FREE, Focus.BUTTON, Focus.ADJUSTER
        }; // the page, a button, a slider: all the lecture's
        for (int i = 0; i < 12; i++) {
            assertTrue(press(KeyCode.RIGHT, anything[i % 3]), "→ number " + (i + 1));
        }
        assertEquals(12, window.step());
        assertEquals(12, v.step);
    }

    @Test
    void clickerKeysPageDownPageUpAndSpaceStepForwardAndBack() {
        window.togglePresenter();
        press(KeyCode.PAGE_DOWN, Focus.FREE);
        press(KeyCode.SPACE, Focus.BUTTON);
        press(KeyCode.PAGE_DOWN, Focus.ADJUSTER);
        assertEquals(3, window.step(), "Page Down, Space, Page Down");
        press(KeyCode.PAGE_UP, Focus.FREE);
        press(KeyCode.LEFT, Focus.FREE);
        assertEquals(1, window.step(), "Page Up, ←");
    }

    @Test
    void whileTypingInPresenterModeOnlyTheClickersPageKeysStep() {
        window.togglePresenter();
        assertFalse(press(KeyCode.SPACE, Focus.TYPING), "Space types into an entered cell");
        assertFalse(press(KeyCode.RIGHT, Focus.TYPING), "→ moves the caret");
        assertFalse(press(KeyCode.ESCAPE, Focus.TYPING), "Esc leaves the cell first, not presenter mode");
        assertTrue(window.presenter());
        assertTrue(press(KeyCode.PAGE_DOWN, Focus.TYPING), "the clicker's Page Down always steps");
        assertEquals(1, window.step());
    }

    @Test
    void bAndPeriodBlackTheScreenAndTheNextKeyBringsItBackWithoutStepping() {
        window.togglePresenter();
        press(KeyCode.RIGHT, Focus.FREE);
        assertTrue(press(KeyCode.B, Focus.FREE));
        assertTrue(presenter.black());
        assertTrue(press(KeyCode.B, Focus.FREE));
        assertFalse(presenter.black(), "B again restores");
        press(KeyCode.PERIOD, Focus.FREE);
        assertTrue(presenter.black(), ". as in PowerPoint");
        press(KeyCode.PAGE_DOWN, Focus.FREE);
        assertFalse(presenter.black());
        assertEquals(1, window.step(), "the first Page Down after black only brings the picture back");
    }

    @Test
    void tSwitchesToTheTextWhereTheClickerScrollsAndBack() {
        window.togglePresenter();
        AtomicInteger scrolled = new AtomicInteger();
        presenter.setPager(scrolled::addAndGet);
        press(KeyCode.T, Focus.FREE);
        assertEquals(PresenterModel.Showing.TEXT, presenter.showing());
        press(KeyCode.PAGE_DOWN, Focus.FREE);
        press(KeyCode.PAGE_DOWN, Focus.FREE);
        press(KeyCode.PAGE_UP, Focus.FREE);
        assertEquals(1, scrolled.get(), "down, down, up a screenful");
        assertEquals(0, window.step(), "the visualiser does not move behind the text");
        press(KeyCode.T, Focus.FREE);
        assertEquals(PresenterModel.Showing.VISUALISER, presenter.showing());
    }

    @Test
    void escAndF5LeavePresenterModeWhichForgetsBlackAndText() {
        window.togglePresenter();
        press(KeyCode.T, Focus.FREE);
        press(KeyCode.B, Focus.FREE);
        assertTrue(press(KeyCode.ESCAPE, Focus.FREE));
        assertFalse(window.presenter());
        assertFalse(presenter.black());
        assertEquals(PresenterModel.Showing.VISUALISER, presenter.showing());
        press(KeyCode.F5, Focus.FREE);
        assertTrue(window.presenter());
        press(KeyCode.F5, Focus.FREE);
        assertFalse(window.presenter());
    }

    @Test
    void outsidePresenterModeRightAndSpaceStepUnlessTheFocusedControlTakesTheKey() {
        assertTrue(press(KeyCode.RIGHT, Focus.FREE), "→ from the chapter list steps");
        assertTrue(press(KeyCode.SPACE, Focus.FREE), "Space steps (it does not play)");
        assertEquals(2, window.step());
        assertFalse(presenter.playing());
        assertFalse(press(KeyCode.SPACE, Focus.BUTTON), "Space presses a focused button");
        assertTrue(press(KeyCode.RIGHT, Focus.BUTTON));
        assertFalse(press(KeyCode.RIGHT, Focus.ADJUSTER), "→ moves a focused slider");
        assertFalse(press(KeyCode.RIGHT, Focus.TYPING), "→ moves the caret in an entered cell");
        assertFalse(press(KeyCode.SPACE, Focus.TYPING));
        assertTrue(press(KeyCode.LEFT, Focus.FREE));
        assertEquals(2, window.step());
        assertFalse(press(KeyCode.B, Focus.FREE), "B is not a key outside presenter mode");
    }

    /**
     * Changed on purpose (it asserted that Page Down outside presenter mode was left to the focused
     * control): a lecturer's clicker sends Page Down / Page Up, and the window's first focus is the
     * chapter list, whose own Page Down jumped to chapter 9. Now they step the visualiser from
     * anywhere but a text being typed; Ctrl+Page Down / Up still change the chapter.
     */
    @Test
    void outsidePresenterModePageDownAndPageUpStepUnlessTypingAndCtrlChangesChapter() {
        window.setChapters(List.of(4, 5, 6));
        window.selectChapter(5);
        window.show(v, 0, v.count);
        assertTrue(press(KeyCode.PAGE_DOWN, Focus.FREE), "Page Down from the chapter list steps");
        assertTrue(press(KeyCode.PAGE_DOWN, Focus.BUTTON), "and from a button");
        assertTrue(press(KeyCode.PAGE_DOWN, Focus.ADJUSTER), "and from a slider (which has no use for it)");
        assertTrue(press(KeyCode.PAGE_UP, Focus.FREE));
        assertEquals(2, window.step(), "down, down, down, up");
        assertEquals(5, window.chapter(), "the chapter stays");
        assertFalse(press(KeyCode.PAGE_DOWN, Focus.TYPING), "an entered cell or a text field keeps its Page Down");
        assertEquals(2, window.step());
        assertTrue(keys.act(KeyCode.PAGE_DOWN, true, false, Focus.FREE), "Ctrl+Page Down");
        assertEquals(6, window.chapter(), "Ctrl+Page Down still changes the chapter");
        window.show(null, 0, WindowModel.UNKNOWN);
        assertFalse(press(KeyCode.PAGE_DOWN, Focus.FREE), "with no visualiser, Page Down is the page's");
    }

    @Test
    void pPlaysUntilTheLastStepAndAnyStepKeyStopsIt() {
        assertTrue(press(KeyCode.P, Focus.FREE));
        assertTrue(presenter.playing());
        presenter.tick();
        presenter.tick();
        assertEquals(2, window.step());
        press(KeyCode.RIGHT, Focus.FREE);
        assertFalse(presenter.playing(), "a step by hand stops playing");
        press(KeyCode.P, Focus.FREE);
        for (int i = 0; i < 40; i++) {
            presenter.tick();
        }
        assertEquals(33, window.step());
        assertFalse(presenter.playing(), "playing stops at the last step");
    }

    @Test
    void withoutAVisualiserTheArrowsAreThePagesAndPDoesNotPlay() {
        window.show(null, 0, WindowModel.UNKNOWN);
        assertFalse(press(KeyCode.RIGHT, Focus.FREE));
        assertFalse(press(KeyCode.SPACE, Focus.FREE));
        press(KeyCode.P, Focus.FREE);
        assertFalse(presenter.playing());
    }

    @Test
    void theMinimumTextSizeIs24PixelsAt1080AndScalesWithTheScreensHeight() {
        assertEquals(24, PresenterModel.minTextPx(1080), 1e-12);
        assertEquals(16, PresenterModel.minTextPx(720), 1e-12);
    }

    @Test
    void shortcutsWorkWhateverHasTheFocus() {
        assertTrue(keys.act(KeyCode.ENTER, true, true, Focus.TYPING));
        assertEquals(1, ranAll.get());
        assertTrue(keys.act(KeyCode.EQUALS, true, false, Focus.BUTTON));
        assertEquals(WindowModel.ZOOM_STEP, window.zoom(), 1e-12);
        assertTrue(press(KeyCode.F5, Focus.TYPING), "F5 even from an entered cell");
        assertTrue(window.presenter());
    }
}

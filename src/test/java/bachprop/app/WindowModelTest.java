package bachprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.jshell.CellResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The window's view model driven alone: no JavaFX toolkit, no Stage, no Node. A fake stepper
 * stands in for the visualiser and counts the calls that reach it.
 */
class WindowModelTest {
    /** A visualiser of {@code count} steps that tells its step, like one built on a stepping model. */
    static final class FakeVisualiser implements WindowModel.Stepper {
        final int count;
        int step;
        int calls;

        FakeVisualiser(int count) {
            this.count = count;
        }

        @Override
        public boolean stepForward() {
            calls++;
            if (step >= count - 1) {
                return false;
            }
            step++;
            return true;
        }

        @Override
        public boolean stepBack() {
            calls++;
            if (step <= 0) {
                return false;
            }
            step--;
            return true;
        }

        @Override
        public int step() {
            return step;
        }
    }

    @Test
    void selectingAChapterOpensOnlyOneOnOfferAndPageKeysWalkTheListWithinItsEnds() {
        WindowModel m = new WindowModel();
        m.setChapters(List.of(1, 2, 5));
        List<Integer> opened = new ArrayList<>();
        m.chapter.addListener((o, a, b) -> opened.add(b.intValue()));
        assertTrue(m.selectChapter(2));
        assertFalse(m.selectChapter(3), "there is no chapter 3");
        assertEquals(2, m.chapter());
        assertTrue(m.nextChapter(1));
        assertEquals(5, m.chapter());
        assertFalse(m.nextChapter(1), "5 is the last");
        assertTrue(m.nextChapter(-1));
        assertTrue(m.nextChapter(-1));
        assertFalse(m.nextChapter(-1), "1 is the first");
        assertEquals(List.of(2, 5, 2, 1), opened, "each change opened once; the refused ones not at all");
    }

    @Test
    void stepsForwardAndBackStayWithinZeroAndTheLastStep() {
        WindowModel m = new WindowModel();
        FakeVisualiser v = new FakeVisualiser(4); // steps 0..3
        m.show(v, 0, v.count - 1); // its last step
        assertFalse(m.stepBack(), "no step before 0");
        assertEquals(0, v.calls, "the clamp is the model's: the visualiser is not asked");
        for (int i = 0; i < 6; i++) {
            m.stepForward();
        }
        assertEquals(3, m.step(), "clamped to the last step");
        assertEquals(3, v.step);
        assertEquals(3, v.calls, "the presses past the end never reach the visualiser");
        assertTrue(m.stepBack());
        assertEquals(2, m.step());
        m.stepped(0); // the visualiser's own Reset
        assertEquals(0, m.step());
    }

    @Test
    void aVisualiserThatDoesNotCountItsStepsIsCountedByTheModel() {
        WindowModel m = new WindowModel();
        AtomicInteger counter = new AtomicInteger();
        m.show(
                new WindowModel.Stepper() {
                    @Override
                    public boolean stepForward() {
                        return counter.incrementAndGet() > 0;
                    }

                    @Override
                    public boolean stepBack() {
                        return counter.decrementAndGet() > -100;
                    }
                },
                0,
                WindowModel.UNKNOWN);
        m.stepForward();
        m.stepForward();
        m.stepBack();
        assertEquals(1, m.step());
        assertEquals(1, counter.get());
        m.show(null, 0, WindowModel.UNKNOWN);
        assertFalse(m.stepForward(), "no visualiser, nothing to step");
        assertEquals(0, m.step());
    }

    @Test
    void zoomGrowsAndShrinksByTenPercentWithinHalfAndThreeTimes() {
        WindowModel m = new WindowModel();
        m.zoomBy(1);
        assertEquals(1.1, m.zoom(), 1e-12);
        m.zoomBy(-1);
        assertEquals(1.0, m.zoom(), 1e-12);
        for (int i = 0; i < 40; i++) {
            m.zoomBy(1);
        }
        assertEquals(WindowModel.MAX_ZOOM, m.zoom(), 0);
        for (int i = 0; i < 40; i++) {
            m.zoomBy(-1);
        }
        assertEquals(WindowModel.MIN_ZOOM, m.zoom(), 0);
        m.zoomBy(0);
        assertEquals(1.0, m.zoom(), 0);
    }

    @Test
    void presenterModeScalesByOnePointSixOnTopOfTheZoomAndTogglesBack() {
        WindowModel m = new WindowModel();
        m.zoomBy(1);
        assertEquals(1.1, m.scale(), 1e-12);
        m.togglePresenter();
        assertTrue(m.presenter());
        assertEquals(1.1 * WindowModel.PRESENTER_SCALE, m.scale(), 1e-12);
        m.togglePresenter();
        assertFalse(m.presenter());
        assertEquals(1.1, m.scale(), 1e-12);
    }

    @Test
    void statusTextIsWhatWasLastSetAndNeverNull() {
        WindowModel m = new WindowModel();
        assertEquals("", m.status());
        m.setStatus("Cell 1 ran.");
        assertEquals("Cell 1 ran.", m.status());
        m.setStatus(null);
        assertEquals("", m.status());
        m.setChapters(List.of(4));
        m.selectChapter(4);
        m.setStatus("ok");
        assertEquals("chapter 4, step 0 of ?, zoom 1.00, status 'ok'", m.toString());
    }

    @Test
    void inPresenterModeTheClickerKeysStepTheVisualiserButNotWhileTyping() {
        WindowModel m = new WindowModel();
        FakeVisualiser v = new FakeVisualiser(34);
        m.show(v, 0, v.count - 1); // its last step
        AtomicInteger ranAll = new AtomicInteger();
        Keymap keys = new Keymap(m, m::togglePresenter, ranAll::incrementAndGet);
        assertFalse(
                keys.act(KeyCode.RIGHT, false, false, true), "outside presenter mode → in a text field is the field's");
        assertTrue(keys.act(KeyCode.F5, false, false, false));
        assertTrue(m.presenter());
        for (KeyCode k : List.of(KeyCode.RIGHT, KeyCode.PAGE_DOWN, KeyCode.SPACE, KeyCode.RIGHT, KeyCode.LEFT)) {
            keys.act(k, false, false, false);
        }
        assertEquals(3, m.step(), "→ Page Down Space → ←");
        assertFalse(keys.act(KeyCode.SPACE, false, false, true), "Space in a text field types a space");
        assertEquals(3, m.step());
        assertTrue(keys.act(KeyCode.ENTER, true, true, false));
        assertEquals(1, ranAll.get(), "Ctrl+Shift+Enter runs all");
        assertTrue(keys.act(KeyCode.ESCAPE, false, false, false));
        assertFalse(m.presenter(), "Esc leaves presenter mode");
    }

    @Test
    void eachChaptersVisualiserStepAndCellOutputsAreKeptWhenTheReaderLeavesAndComesBack() {
        WindowModel m = new WindowModel();
        m.setChapters(List.of(5, 6));
        m.selectChapter(5);
        FakeVisualiser five = new FakeVisualiser(38);
        m.showingVisualiser(0);
        m.show(five, 0, 37);
        for (int i = 0; i < 4; i++) {
            m.stepForward();
        }
        m.cellRan(5, 2, new CellResult.Success("42\n", ""), 0.1);
        m.selectChapter(6); // the window shows chapter 6's visualiser, from its start
        m.show(null, 0, WindowModel.UNKNOWN);
        m.showingVisualiser(1);
        m.show(new FakeVisualiser(10), 0, 9);
        m.stepForward();
        assertEquals(4, m.place(5).step(), "chapter 5's step is kept while chapter 6 is read");
        assertEquals(0, m.place(5).visualiser());
        assertEquals("42\n", m.place(5).output(2).result().output());
        assertEquals(1, m.place(6).step());
        assertEquals(1, m.place(6).visualiser());
        assertEquals(0, m.place(6).outputs(), "outputs are the chapter's own");
        m.selectChapter(5);
        m.showingVisualiser(0);
        assertEquals(4, m.place().step(), "showing the same visualiser again keeps its step");
        m.showingVisualiser(1);
        assertEquals(0, m.place().step(), "another visualiser starts at its own start");
    }

    @Test
    void thePlaceSavedAtTheLastCloseIsWhereTheChapterOpens() {
        WindowModel m = new WindowModel();
        m.restorePlace(5, 1, 12);
        assertEquals(1, m.place(5).visualiser());
        assertEquals(12, m.place(5).step());
        m.restorePlace(-1, 3, 3); // no chapter was open: nothing to restore
        assertEquals("visualiser 0 at step 0, 0 cell outputs []", m.place(-1).toString());
    }
}

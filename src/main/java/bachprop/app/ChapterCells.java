package bachprop.app;

import bachprop.chapter.Chapter;
import bachprop.chapter.CodeCell;
import bachprop.chapter.Workspace;
import bachprop.jshell.CellEvaluator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;

/**
 * The code cells of the open chapter and the Java session behind them: run, run all, stop,
 * restart, and the student's edits saved to (and reverted in) the workspace off the UI thread.
 */
final class ChapterCells {
    private final WindowModel model;
    private final Workspace workspace;
    /** Set when the open chapter's saved edits could not be read (and were moved aside): kept in the status line. */
    private String editsNotice;

    private final Supplier<CellEvaluator> evaluators;
    private final BooleanProperty controlsHidden;
    private final ExecutorService saver = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "workspace-save");
        t.setDaemon(true);
        return t;
    });
    private final List<CellView> cells = new ArrayList<>();
    private Chapter chapter;
    private ChapterSession session;
    private final CellView.Actions actions = new CellView.Actions() {
        @Override
        public void run(CellView cell) {
            ChapterCells.this.run(cell);
        }

        @Override
        public void stop() {
            ChapterCells.this.stop();
        }

        @Override
        public void edited(CellView cell, String text) {
            save(cell, text);
        }

        @Override
        public void revert(CellView cell) {
            ChapterCells.this.revert(cell);
        }
    };

    ChapterCells(WindowModel model, Workspace workspace, Supplier<CellEvaluator> evaluators) {
        this.model = model;
        this.workspace = workspace;
        this.evaluators = evaluators;
        this.controlsHidden = model.presenter;
    }

    /** Leaves the open chapter: pending edits saved, its session ended, its cells forgotten. */
    void leave() {
        flush();
        if (session != null) {
            session.close();
            session = null;
        }
        cells.clear();
        chapter = null;
    }

    /** Starts a Java session for {@code opened}; its cells are made by {@link #cellView} as the page is drawn. */
    void enter(Chapter opened) {
        awaitSaves(); // an edit handed to the saver on leaving is on disk before the cells read it back
        chapter = opened;
        editsNotice = null;
        session = new ChapterSession(evaluators.get(), problem -> {
            if (chapter == opened) {
                model.setStatus(
                        problem != null
                                ? problem
                                : editsNotice != null
                                        ? editsNotice // the moved-aside edits stay said
                                        : "Chapter " + opened.id() + ": the Java session is ready; "
                                                + (model.place(opened.id()).outputs() > 0
                                                        ? "the outputs are as you left them, but the session is new:"
                                                                + " run the cells again to use their values."
                                                        : "Shift+Enter runs a cell."));
            }
        });
    }

    /** The view of one cell, with the student's saved edit if there is one. */
    CellView cellView(CodeCell cell) {
        String text = cell.source();
        boolean stale = false;
        try {
            Workspace.Edit edit = workspace.edit(chapter, cell); // one read of the saved edits per cell
            if (edit != null) {
                text = edit.edited() == null ? cell.source() : edit.edited();
                stale = edit.stale();
            }
        } catch (IOException e) {
            editsNotice = "cannot read your saved edits: " + e.getMessage();
            System.err.println("bachprop: " + editsNotice);
            model.setStatus(editsNotice);
        }
        CellView v = new CellView(cell, text, stale, actions, controlsHidden);
        ChapterPlace.CellOutput kept = model.place(chapter.id()).output(cell.index());
        if (kept != null) {
            v.show(kept.result(), kept.seconds()); // as it was left (the Java session itself starts afresh)
        }
        cells.add(v);
        return v;
    }

    void run(CellView cell) {
        if (session != null) {
            int id = chapter.id();
            session.run(cell, r -> {
                model.cellRan(id, cell.cell().index(), r, cell.evalNanos / 1e9);
                model.setStatus("Cell " + cell.cell().index() + (r.ok() ? " ran." : " did not succeed."));
            });
        }
    }

    /** Runs every cell of the chapter, in order. */
    void runAll() {
        for (CellView c : cells) {
            run(c);
        }
    }

    void stop() {
        if (session != null) {
            session.stop();
            model.setStatus("Stopped.");
        }
    }

    void restart() {
        if (session != null) {
            model.setStatus("Restarting the Java session…");
            session.restart(() -> model.setStatus("A fresh Java session is ready; earlier cells must be run again."));
        }
    }

    private void save(CellView cell, String text) {
        Chapter ch = chapter;
        saver.submit(() -> {
            try {
                workspace.save(ch, cell.cell(), text);
                Platform.runLater(() ->
                        model.setStatus("Saved your edit of cell " + cell.cell().index() + "."));
            } catch (IOException e) {
                Platform.runLater(() -> model.setStatus(
                        "Could not save your edit of cell " + cell.cell().index() + ": " + e.getMessage()));
            }
        });
    }

    private void revert(CellView cell) {
        Chapter ch = chapter;
        cell.setEditorText(cell.cell().source());
        cell.showNote(null);
        saver.submit(() -> {
            try {
                workspace.revert(ch, cell.cell());
                Platform.runLater(
                        () -> model.setStatus("Cell " + cell.cell().index() + " is back to the chapter's version."));
            } catch (IOException e) {
                Platform.runLater(() ->
                        model.setStatus("Could not revert cell " + cell.cell().index() + ": " + e.getMessage()));
            }
        });
    }

    /** Waits (up to 2 s) until every save handed to the saver so far is written. */
    private void awaitSaves() {
        try {
            saver.submit(() -> {}).get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            model.setStatus("your last edit is still being saved: " + e);
        }
    }

    /** Hands every edit still waiting for a pause in typing to the saver. */
    void flush() {
        for (CellView c : cells) {
            c.flush(actions);
        }
    }

    /** Saves pending edits, ends the session and waits (up to 2 s) for the saver. */
    void close() {
        leave();
        saver.shutdown();
        try {
            saver.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<CellView> cells() {
        return List.copyOf(cells);
    }

    ChapterSession session() {
        return session;
    }

    @Override
    public String toString() {
        return "ChapterCells(" + (chapter == null ? "no chapter" : "chapter " + chapter.id()) + ", " + cells.size()
                + " cells, " + (session == null ? "no session" : "session open") + ")";
    }
}

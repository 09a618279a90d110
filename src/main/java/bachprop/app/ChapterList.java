package bachprop.app;

import bachprop.chapter.Chapter;
import bachprop.chapter.ChapterException;
import bachprop.chapter.ChapterParser;
import bachprop.chapter.Chapters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * The navigator: one line per chapter folder (its number, title and exercises passed), kept in
 * step with {@link WindowModel#chapter}. Choosing a line opens that chapter, and so does a change
 * of the model's chapter (Ctrl+Page Down, {@code --chapter}).
 */
final class ChapterList {
    /** One line of the navigator: a parsed chapter, or the error that kept it from parsing. */
    record Entry(Path file, Chapter chapter, String error) {
        int id() {
            return chapter != null ? chapter.id() : Chapters.number(file);
        }
    }

    private final ListView<Entry> view = new ListView<>();
    private final WindowModel model;
    private final Supplier<Progress> progress;

    /** @param open called with the entry of each newly chosen chapter */
    ChapterList(WindowModel model, Supplier<Progress> progress, Consumer<Entry> open) {
        this.model = model;
        this.progress = progress;
        view.getStyleClass().add("navigator");
        view.setId("navigator");
        view.setPrefWidth(270);
        view.setCellFactory(v -> {
            ListCell<Entry> cell = new ListCell<>() {
                @Override
                protected void updateItem(Entry e, boolean empty) {
                    super.updateItem(e, empty);
                    setText(empty || e == null ? null : describe(e));
                }
            };
            // A long title wraps within the list's width (no sideways scrolling), so its progress shows.
            cell.setWrapText(true);
            cell.setPrefWidth(0);
            return cell;
        });
        view.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null) {
                model.selectChapter(e.id());
            }
        });
        model.chapter.addListener((o, a, id) -> {
            Entry e = entry(id.intValue());
            if (e != null) {
                view.getSelectionModel().select(e);
                open.accept(e);
            }
        });
        view.visibleProperty().bind(model.presenter.not());
        view.managedProperty().bind(model.presenter.not());
    }

    ListView<Entry> view() {
        return view;
    }

    /**
     * Reads every chapter folder of {@code dir} and opens {@code initial} (the first chapter if
     * there is no such one); false when there are no chapters.
     */
    boolean load(Path dir, int initial) {
        List<Entry> entries = new ArrayList<>();
        try {
            for (Path f : Chapters.files(dir)) {
                try {
                    entries.add(new Entry(f, ChapterParser.lenient().parse(f), null));
                } catch (ChapterException e) {
                    entries.add(new Entry(f, null, e.getMessage()));
                }
            }
        } catch (IOException e) {
            model.setStatus("cannot read " + dir + ": " + e.getMessage());
        }
        view.getItems().setAll(entries);
        model.setChapters(entries.stream().map(Entry::id).toList());
        if (entries.isEmpty()) {
            return false;
        }
        if (!model.selectChapter(initial)) {
            model.selectChapter(entries.get(0).id());
        }
        return true;
    }

    /** Redraws the lines (the exercises passed may have changed). */
    void refresh() {
        view.refresh();
    }

    private Entry entry(int id) {
        return view.getItems().stream().filter(e -> e.id() == id).findFirst().orElse(null);
    }

    private String describe(Entry e) {
        if (e.chapter() == null) {
            return String.format("%2d  ⚠ %s", e.id(), e.file().getParent().getFileName());
        }
        String text = String.format("%2d  %s", e.id(), e.chapter().title());
        int total = e.chapter().front().exercises().size();
        Progress p = progress.get();
        if (total > 0 && !p.ofChapter(e.id()).isEmpty()) {
            text += "   " + progress(p.passed(e.id()), total);
        }
        return text;
    }

    /** "✓ 2/2" when every exercise passed, "1/2" when some did, "0/2" when none did yet. */
    static String progress(long passed, int total) {
        return (passed >= total ? "✓ " : "") + passed + "/" + total;
    }

    @Override
    public String toString() {
        return "ChapterList(" + view.getItems().size() + " chapters, open " + model.chapter() + ")";
    }
}

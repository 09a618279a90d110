package bachprop.app;

import bachprop.chapter.Chapter;
import bachprop.chapter.VisualiserBlock;
import bachprop.viz.Stepping;
import bachprop.viz.Visualiser;
import bachprop.viz.VisualiserRegistry;
import bachprop.viz.common.BaseVisualiser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The side panel's Visualiser tab and the cards in the reading pane that lead to it: one
 * visualiser per block of the open chapter (made on first show), the active one stepped through
 * {@link WindowModel#stepForward()} by the keys and followed when it steps by itself.
 */
final class VisualiserPanel {
    private final WindowModel model;
    private final Tab tab = new Tab("Visualiser");
    /** Called when the tab takes over the side panel, and when Wide is toggled. */
    private final Runnable selectTab;

    private final Runnable placeDivider;
    /** Every visualiser made in this session, by chapter id and block index: kept when the chapter is left. */
    private final Map<String, Visualiser> visualisers = new HashMap<>();
    /** The open chapter, or null. */
    private Chapter chapter;

    private Visualiser active;
    /** The active visualiser's model, followed by {@link #follow}. */
    private Stepping followed;

    private final Runnable follow = this::follow;
    private Consumer<Visualiser> onShow = v -> {};
    private boolean wide;

    VisualiserPanel(WindowModel model, Runnable selectTab, Runnable placeDivider) {
        this.model = model;
        this.selectTab = selectTab;
        this.placeDivider = placeDivider;
        tab.setClosable(false);
        tab.setContent(CompanionWindow.placeholder("This chapter embeds no visualiser."));
    }

    Tab tab() {
        return tab;
    }

    /** Wide: the visualiser gets most of the window. */
    boolean wide() {
        return wide;
    }

    /** No chapter is open (it could not be read): no visualiser is stepped. */
    void clear() {
        chapter = null;
        activate(null);
    }

    /**
     * {@code opened} is open: the visualiser the reader last showed in it (the first on the first
     * visit), as it was left — its step, quiz and edits — if it was made earlier in this session.
     */
    void open(Chapter opened) {
        chapter = opened;
        activate(null);
        List<VisualiserBlock> blocks = opened.visualisers();
        if (blocks.isEmpty()) {
            showNone();
            return;
        }
        show(blocks.get(Math.min(model.place(opened.id()).visualiser(), blocks.size() - 1)));
    }

    /** The open chapter embeds no visualiser. */
    void showNone() {
        tab.setContent(CompanionWindow.placeholder("This chapter embeds no visualiser."));
    }

    /** The card in the reading pane for one visualiser block. */
    Node card(VisualiserBlock block) {
        VBox card = new VBox();
        card.getStyleClass().add("visualiser-card");
        StringBuilder opts = new StringBuilder();
        block.options()
                .forEach((k, v) -> opts.append(opts.length() == 0 ? "" : " · ")
                        .append(k)
                        .append(": ")
                        .append(v));
        Label title = new Label("Visualiser: " + block.name() + (opts.length() == 0 ? "" : "  (" + opts + ")"));
        title.getStyleClass().add("visualiser-title");
        card.getChildren().add(title);
        if (VisualiserRegistry.has(block.name())) {
            Button show = new Button("Show in the side panel");
            show.setOnAction(e -> show(block));
            show.visibleProperty().bind(model.presenter.not());
            show.managedProperty().bind(model.presenter.not());
            card.getChildren().add(show);
        } else {
            card.getStyleClass().add("visualiser-placeholder");
            card.getChildren().add(new Label(unknown(block.name())));
        }
        return card;
    }

    private static String unknown(String name) {
        String known = String.join(", ", VisualiserRegistry.names());
        return "The visualiser '" + name + "' is not part of this build"
                + (known.isEmpty() ? "." : " (it has: " + known + ").");
    }

    /** Shows {@code block}'s visualiser in the tab (made on first show) and makes it the one the keys step. */
    void show(VisualiserBlock block) {
        if (!VisualiserRegistry.has(block.name())) {
            activate(null);
            Label l = CompanionWindow.placeholder(unknown(block.name()));
            l.getStyleClass().add("visualiser-placeholder");
            tab.setContent(l);
            return;
        }
        try {
            int index = chapter == null ? -1 : chapter.visualisers().indexOf(block);
            String key = (chapter == null ? "-" : chapter.id()) + ":" + index;
            Visualiser v = visualisers.get(key);
            if (v == null) {
                v = VisualiserRegistry.create(block.name(), block.options());
                visualisers.put(key, v);
                ChapterPlace place = chapter == null ? null : model.place(chapter.id());
                if (place != null && place.visualiser() == index && v instanceof BaseVisualiser<?> b) {
                    while (b.model().step() < place.step() && v.stepForward()) {} // the step kept from the last run
                }
            }
            if (index >= 0) {
                model.showingVisualiser(index);
            }
            activate(v);
            Visualiser shown = v;
            onShow.accept(v);
            Button back = new Button("←");
            back.setOnAction(e -> shown.stepBack());
            Button forward = new Button("→");
            forward.setOnAction(e -> shown.stepForward());
            Button reset = new Button("Reset");
            reset.setOnAction(e -> shown.reset());
            ToggleButton wideButton = new ToggleButton("⤢ Wide");
            wideButton.setTooltip(new Tooltip("Give the visualiser most of the window (and back)"));
            wideButton.setSelected(wide);
            wideButton.setOnAction(e -> {
                wide = wideButton.isSelected();
                placeDivider.run();
            });
            HBox controls = new HBox(back, forward, reset, wideButton);
            controls.getStyleClass().add("visualiser-controls");
            controls.visibleProperty().bind(model.presenter.not());
            controls.managedProperty().bind(model.presenter.not());
            Node view = v.view();
            VBox.setVgrow(view, Priority.ALWAYS);
            VBox box = new VBox(controls, view);
            box.getStyleClass().add("visualiser-panel");
            tab.setContent(box);
            selectTab.run();
        } catch (RuntimeException e) {
            activate(null);
            tab.setContent(CompanionWindow.placeholder(
                    "The visualiser '" + block.name() + "' could not start: " + e.getMessage()));
        }
    }

    /**
     * {@code v} becomes the visualiser the step keys move; a visualiser built on a stepping model
     * tells the window its step and count, and is followed when it steps by itself.
     */
    private void activate(Visualiser v) {
        if (followed != null) {
            followed.removeListener(follow);
            followed = null;
        }
        active = v;
        if (v == null) {
            model.show(null, 0, WindowModel.UNKNOWN);
        } else if (v instanceof BaseVisualiser<?> b) {
            followed = b.model();
            followed.addListener(follow);
            Stepping s = followed;
            model.show(
                    new WindowModel.Stepper() {
                        @Override
                        public boolean stepForward() {
                            return v.stepForward();
                        }

                        @Override
                        public boolean stepBack() {
                            return v.stepBack();
                        }

                        @Override
                        public int step() {
                            return s.step();
                        }
                    },
                    s.step(),
                    s.lastStep());
        } else {
            model.show(
                    new WindowModel.Stepper() {
                        @Override
                        public boolean stepForward() {
                            return v.stepForward();
                        }

                        @Override
                        public boolean stepBack() {
                            return v.stepBack();
                        }
                    },
                    0,
                    WindowModel.UNKNOWN);
        }
    }

    private void follow() {
        model.stepped(followed.step());
    }

    /** Called with each visualiser as it comes on show (the reader's theme). */
    void onShow(Consumer<Visualiser> action) {
        onShow = action;
    }

    /** The visualiser the step keys move (null when none is shown). */
    Visualiser active() {
        return active;
    }

    @Override
    public String toString() {
        return "VisualiserPanel(" + (active == null ? "none shown" : active.toString()) + (wide ? ", wide" : "") + ")";
    }
}

package bachprop.app;

import bachprop.viz.Visualiser;
import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Theme;
import bachprop.viz.common.Themed;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * Presenter mode on screen, bound to a {@link PresenterModel}: the window's centre becomes one
 * pane holding the active visualiser's own view ALONE (borrowed from the side panel, in the
 * projector theme, so its drawing scales to the whole screen) or the chapter's rendered text
 * (T), with a black cover (B). Leaving gives both back where they were. Also runs auto-play (P).
 */
final class PresenterView {
    private final WindowModel window;
    private final PresenterModel model;
    private final BorderPane root;
    private final ScrollPane reading;
    private final Tab visualiserTab;
    private final Supplier<Visualiser> active;
    private final StackPane pane = new StackPane();
    private final StackPane holder = new StackPane();
    private final ScrollPane text = new ScrollPane();
    private final Region black = new Region();
    private final Timeline play;
    private Node normalCentre;
    private Node shown;
    private BaseVisualiser<?> themed;
    /** A view that takes a theme although its visualiser is not a {@link BaseVisualiser} (the charts). */
    private Themed themedView;
    /** Puts the shown node back where it was borrowed from. */
    private Runnable giveBack = () -> {};

    private boolean moving;

    /** The holder's style class while it shows a visualiser (companion.css sets its controls' type). */
    static final String VISUALISER_CLASS = "presenter-visualiser";

    /**
     * @param reading the reading pane, whose content is the chapter's text
     * @param visualiserTab the side panel's tab that holds the active visualiser
     */
    PresenterView(
            WindowModel window,
            PresenterModel model,
            BorderPane root,
            ScrollPane reading,
            Tab visualiserTab,
            Supplier<Visualiser> active) {
        this.window = window;
        this.model = model;
        this.root = root;
        this.reading = reading;
        this.visualiserTab = visualiserTab;
        this.active = active;
        pane.setId("presenter-pane");
        pane.getStyleClass().add("presenter-pane");
        text.setId("presenter-text");
        text.getStyleClass().add("reading-scroll");
        text.setFitToWidth(true);
        black.setId("presenter-black");
        black.setStyle("-fx-background-color: black;");
        black.visibleProperty().bind(model.black);
        pane.getChildren().addAll(holder, black);
        model.setPager(this::page);
        play = new Timeline(new KeyFrame(Duration.millis(PresenterModel.PLAY_INTERVAL_MS), e -> model.tick()));
        play.setCycleCount(Animation.INDEFINITE);
        model.playing.addListener((o, was, on) -> {
            if (on) {
                play.play();
            } else {
                play.stop();
            }
        });
        window.presenter.addListener((o, was, on) -> turn(on));
        model.showing.addListener((o, a, b) -> refresh());
        visualiserTab.contentProperty().addListener((o, a, b) -> refresh()); // another chapter or visualiser
        window.chapter.addListener((o, a, b) -> Platform.runLater(this::refresh)); // one that failed to open, too
    }

    /** The pane that fills the window in presenter mode. */
    Node pane() {
        return pane;
    }

    private void turn(boolean on) {
        if (on) {
            normalCentre = root.getCenter();
            root.setCenter(pane);
            refresh();
            pane.requestFocus(); // out of any cell: the clicker's keys are the lecture's
        } else {
            putBack();
            root.setCenter(normalCentre);
            focusHome();
        }
    }

    /** Shows what the model asks for: the visualiser, or the text when asked or when there is none. */
    private void refresh() {
        if (moving || !window.presenter()) {
            return;
        }
        moving = true;
        try {
            putBack();
            Visualiser v = active.get();
            boolean showText = model.showing() == PresenterModel.Showing.TEXT || v == null;
            Node n = showText ? reading.getContent() : v.view();
            if (n == null) {
                return;
            }
            giveBack = takeOut(n);
            holder.getStyleClass().remove(VISUALISER_CLASS);
            if (showText) {
                text.setContent(n);
                holder.getChildren().setAll(text);
            } else {
                holder.getChildren().setAll(n);
                holder.getStyleClass().add(VISUALISER_CLASS); // companion.css: its controls at the least type size
                if (v instanceof BaseVisualiser<?> b) {
                    themed = b;
                    b.setPresenter(true); // the projector theme: large type, high contrast, controls hidden
                } else if (n instanceof Themed t) {
                    themedView = t;
                    t.setPresenter(true, Theme.STANDARD);
                }
            }
            shown = n;
        } finally {
            moving = false;
        }
    }

    private void putBack() {
        boolean was = moving;
        moving = true;
        try {
            if (themed != null) {
                themed.setPresenter(false);
                themed = null;
            }
            if (themedView != null) {
                themedView.setPresenter(false, Theme.STANDARD);
                themedView = null;
            }
            if (shown != null) {
                text.setContent(null);
                holder.getChildren().clear();
                giveBack.run();
                giveBack = () -> {};
                shown = null;
            }
        } finally {
            moving = was;
        }
    }

    /** Takes {@code n} out of its place (a scroll pane's content, a pane's child, a tab's content); returns how to put it back. */
    private Runnable takeOut(Node n) {
        Parent p = n.getParent();
        for (Node a = p; a != null; a = a.getParent()) {
            if (a instanceof ScrollPane sp && sp.getContent() == n) {
                sp.setContent(null);
                return () -> sp.setContent(n);
            }
        }
        if (p instanceof Pane parent) {
            int i = parent.getChildren().indexOf(n);
            parent.getChildren().remove(n);
            return () ->
                    parent.getChildren().add(Math.min(i, parent.getChildren().size()), n);
        }
        if (visualiserTab.getContent() == n) {
            visualiserTab.setContent(null);
            return () -> visualiserTab.setContent(n);
        }
        return () -> {};
    }

    /** Scrolls the text by nine tenths of a screen. */
    private void page(int direction) {
        double content = text.getContent() == null
                ? 0
                : text.getContent().getLayoutBounds().getHeight();
        double view = text.getViewportBounds().getHeight();
        if (content > view) {
            double v = text.getVvalue() + direction * 0.9 * view / (content - view);
            text.setVvalue(Math.max(0, Math.min(1, v)));
        }
    }

    /** After Esc left a cell: the focus goes where → steps the visualiser (never into another cell). */
    void focusHome() {
        Visualiser v = active.get();
        if (window.presenter()) {
            pane.requestFocus();
        } else if (v != null && v.view().getScene() != null) {
            v.view().requestFocus();
        } else {
            reading.requestFocus();
        }
    }

    /** Where a new cell's Esc sends the focus. */
    CellView wire(CellView cell) {
        cell.onLeave(this::focusHome);
        return cell;
    }

    @Override
    public String toString() {
        return "PresenterView(" + model + ", showing " + (shown == null ? "nothing" : shown.getId()) + ")";
    }
}

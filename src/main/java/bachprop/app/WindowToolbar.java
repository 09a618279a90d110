package bachprop.app;

import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/** The companion window's toolbar: run all, stop, restart, presenter, dark, and the type size. */
final class WindowToolbar {
    private WindowToolbar() {}

    static ToolBar create(WindowModel model, ChapterCells cells, Runnable runAll, Runnable togglePresenter) {
        Button runAllButton = new Button("▶▶ Run all");
        runAllButton.setId("run-all");
        runAllButton.setTooltip(new Tooltip("Run every cell of the chapter in order (Ctrl+Shift+Enter)"));
        runAllButton.setOnAction(e -> runAll.run());
        Button stop = new Button("■ Stop");
        stop.setId("stop");
        stop.setTooltip(new Tooltip("Stop the running cell and the queued ones"));
        stop.setOnAction(e -> cells.stop());
        Button restart = new Button("⟳ Restart session");
        restart.setId("restart");
        restart.setTooltip(new Tooltip("A fresh Java session: every earlier definition is forgotten"));
        restart.setOnAction(e -> cells.restart());
        Button present = new Button("Presenter (F5)");
        present.setId("presenter");
        present.setTooltip(new Tooltip(Keymap.HELP.replace(" · ", "\n")));
        present.setOnAction(e -> togglePresenter.run());
        ToggleButton darkButton = new ToggleButton("Dark");
        darkButton.setId("dark");
        darkButton.selectedProperty().bindBidirectional(model.dark);
        Button smaller = new Button("A−");
        smaller.setTooltip(new Tooltip("Smaller (Ctrl −)"));
        smaller.setOnAction(e -> model.zoomBy(-1));
        Button larger = new Button("A+");
        larger.setTooltip(new Tooltip("Larger (Ctrl +)"));
        larger.setOnAction(e -> model.zoomBy(1));
        return new ToolBar(
                runAllButton, stop, restart, new Separator(Orientation.VERTICAL), present, darkButton, smaller, larger);
    }
}

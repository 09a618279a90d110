package bachprop.viz.deltaflow;

import bachprop.viz.common.Export;
import bachprop.viz.common.Theme;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/** The toolbar's Export PNG…: this frame as a PNG at the chosen size, and the model's numbers as JSON beside it. */
final class FrameExport {
    private FrameExport() {}

    /**
     * A still view of {@code model} for an exported frame (PNG, numbered PNGs, GIF): no pulses and
     * never the toolbar (its buttons are for the person at the window, not for a picture of the step).
     */
    static DeltaFlowView frameView(DeltaFlowModel model, Theme theme, boolean presenter) {
        DeltaFlowView v = new DeltaFlowView(model, theme, Duration.ZERO);
        v.setPresenter(presenter);
        v.setTop(null);
        return v;
    }

    /**
     * Asks where to save, then draws a fresh view of {@code model} (same theme and presenter mode)
     * at {@code size} ("1920×1080") and writes it.
     *
     * @return what happened, for the status line; null if the dialog was cancelled
     */
    static String saveDialog(Scene scene, DeltaFlowModel model, Theme theme, boolean presenter, String size) {
        FileChooser chooser = new FileChooser();
        String[] wh = size.split("×");
        int ew = Integer.parseInt(wh[0]);
        int eh = Integer.parseInt(wh[1]);
        chooser.setTitle("Export this frame (PNG at " + size + ", numbers as JSON beside it)");
        chooser.setInitialFileName("delta-flow-step-" + model.step() + ".png");
        File file = scene == null ? null : chooser.showSaveDialog(scene.getWindow());
        if (file == null) {
            return null;
        }
        DeltaFlowView copy = frameView(model, theme, presenter);
        try {
            Export.writePng(Export.snapshot(copy, ew, eh, theme.background()), file.toPath());
            Export.writeJson(new LinkedHashMap<>(model.numbers()), Export.jsonBeside(file.toPath()));
            return "Saved " + file.getName() + " and its numbers as JSON.";
        } catch (IOException ex) {
            return "Could not save " + file + ": " + ex.getMessage();
        } finally {
            copy.unbind();
        }
    }
}

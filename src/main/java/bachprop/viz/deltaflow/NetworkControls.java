package bachprop.viz.deltaflow;

import java.util.Arrays;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The controls that start a new network: Mazur's 2-2-2 or a random one of the sizes and seed typed. */
final class NetworkControls extends VBox {
    private final DeltaFlowModel model;

    /** @param loaded called after a new network is loaded (the toolbar shows its bias setting) */
    NetworkControls(DeltaFlowModel model, Runnable loaded) {
        this.model = model;
        Label netTitle = new Label("Network (a new one starts at step 0)");
        netTitle.setWrapText(true);
        netTitle.setId("netTitle");
        ChoiceBox<String> preset = new ChoiceBox<>();
        preset.getItems().addAll("Mazur 2-2-2", "random");
        preset.setId("preset");
        preset.setAccessibleText("network: Mazur's 2-2-2 or a random one");
        preset.setValue(model.preset().equals("mazur") ? "Mazur 2-2-2" : "random");
        TextField sizes = new TextField(sizesText());
        sizes.setId("sizes");
        sizes.setPrefColumnCount(7);
        sizes.setAccessibleText("layer sizes, like 2-3-2");
        TextField seed = new TextField(Long.toString(model.seed()));
        seed.setPrefColumnCount(3);
        seed.setId("seed");
        seed.setAccessibleText("seed of the random network");
        Button make = new Button("New");
        make.setAccessibleText("New network");
        make.setId("newNetwork");
        Label netError = new Label();
        netError.setWrapText(true);
        make.setOnAction(e -> {
            try {
                if (preset.getValue().startsWith("Mazur")) {
                    model.load(DeltaFlowModel.mazur(model.granularity(), false));
                } else {
                    int[] s = Arrays.stream(sizes.getText().strip().split("[-x, ]+"))
                            .mapToInt(Integer::parseInt)
                            .toArray();
                    if (s.length < 2) {
                        throw new IllegalArgumentException("give at least two layer sizes, like 2-3-2");
                    }
                    model.load(DeltaFlowModel.random(
                            s, Long.parseLong(seed.getText().strip()), model.granularity()));
                }
                loaded.run();
                sizes.setText(sizesText());
                netError.setText("");
            } catch (IllegalArgumentException ex) {
                netError.setText(
                        ex instanceof NumberFormatException
                                ? "sizes like 2-3-2 and a whole-number seed"
                                : ex.getMessage());
            }
        });
        HBox netRow = new HBox(6, preset, make);
        netRow.setAlignment(Pos.CENTER_LEFT);
        FlowPane netRow2 = new FlowPane(6, 6, new Label("sizes"), sizes, new Label("seed"), seed);
        netRow2.setAlignment(Pos.CENTER_LEFT);
        sizes.setMinWidth(90);
        seed.setMinWidth(50);
        getChildren().addAll(netTitle, netRow, netRow2, netError);
        setSpacing(6);
        make.setMinWidth(Region.USE_PREF_SIZE);
        preset.setMinWidth(Region.USE_PREF_SIZE);
    }

    private String sizesText() {
        StringBuilder sb = new StringBuilder();
        for (int n : model.network().sizes()) {
            sb.append(sb.length() == 0 ? "" : "-").append(n);
        }
        return sb.toString();
    }
}

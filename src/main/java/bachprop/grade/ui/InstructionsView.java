package bachprop.grade.ui;

import bachprop.grade.ui.MarkdownBlocks.Block;
import bachprop.grade.ui.MarkdownBlocks.Run;
import java.util.List;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * An exercise's {@code .docs/instructions.md} as JavaFX nodes ({@link MarkdownBlocks}): one
 * wrapping {@link TextFlow} per heading, paragraph or code block; inline code in a monospace face.
 * (The window's chapter renderer lives in {@code app}, which this layer may not use.) Style classes:
 * {@code instructions}, {@code instructions-h1}/{@code -h2}/{@code -h3}, {@code instructions-code}.
 */
public final class InstructionsView extends VBox {
    private static final double BASE = Font.getDefault().getSize();

    private List<Block> blocks = List.of();

    public InstructionsView() {
        setSpacing(6);
        getStyleClass().add("instructions");
        setId("instructions");
    }

    /** Shows {@code markdown} in place of what was shown. */
    public void show(String markdown) {
        blocks = MarkdownBlocks.of(markdown);
        getChildren().setAll(blocks.stream().map(InstructionsView::flow).toList());
        setAccessibleText(markdown);
    }

    /** The plain text shown, block by block (for tests). */
    public List<String> blocks() {
        return blocks.stream().map(Block::text).toList();
    }

    private static TextFlow flow(Block b) {
        double size = b.level() == 1 ? BASE * 1.5 : b.level() == 2 ? BASE * 1.2 : b.level() >= 3 ? BASE * 1.05 : BASE;
        TextFlow f = new TextFlow();
        if (!b.bullet().isEmpty()) {
            f.getChildren().add(new Text(b.bullet()));
        }
        for (Run r : b.runs()) {
            Text t = new Text(r.text());
            FontWeight weight = r.bold() ? FontWeight.BOLD : FontWeight.NORMAL;
            t.setFont(
                    r.code()
                            ? Font.font("Monospaced", weight, size)
                            : Font.font(
                                    Font.getDefault().getFamily(),
                                    weight,
                                    r.italic() ? FontPosture.ITALIC : FontPosture.REGULAR,
                                    size));
            if (r.code()) {
                t.getStyleClass().add("instructions-code");
            }
            f.getChildren().add(t);
        }
        if (b.level() > 0) {
            f.getStyleClass().add("instructions-h" + Math.min(3, b.level()));
        } else if (b.level() < 0) {
            f.getStyleClass().add("instructions-code");
            f.setStyle("-fx-padding: 2 0 2 16;");
        }
        return f;
    }
}

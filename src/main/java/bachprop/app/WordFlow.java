package bachprop.app;

import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A paragraph that wraps between words but never inside one: its minimum width is its widest
 * word (a table cell: a column of figures stays as wide as "1.720", never one digit a line).
 */
final class WordFlow extends TextFlow {
    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node n : getChildren()) {
            if (n instanceof Text t && t.getText() != null) {
                for (String word : t.getText().split("\\s+")) {
                    widest = Math.max(widest, width(word, t));
                }
            } else if (n.isManaged()) {
                widest = Math.max(widest, n.prefWidth(-1)); // a formula is one word
            }
        }
        return snappedLeftInset() + Math.ceil(widest) + snappedRightInset();
    }

    private static double width(String word, Text like) {
        Text t = new Text(word);
        t.setFont(like.getFont());
        return t.getLayoutBounds().getWidth();
    }

    @Override
    public String toString() {
        return "WordFlow(" + getChildren().size() + " spans)";
    }
}

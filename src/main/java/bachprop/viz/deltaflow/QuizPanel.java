package bachprop.viz.deltaflow;

import bachprop.nn.Step;
import bachprop.viz.common.Theme;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The quiz, bound to the model: the question (the value the next press of → reveals, with its
 * formula), a field for the answer, Check, Reveal →, and the verdict with its hint.
 */
final class QuizPanel extends VBox {
    private final DeltaFlowModel model;
    private final Label question = new Label();
    private final TextField answer = new TextField();
    private final Label verdict = new Label();

    QuizPanel(DeltaFlowModel model) {
        this.model = model;
        question.setId("question");
        question.setWrapText(true);
        answer.setId("answer");
        answer.setPromptText("your value");
        answer.setAccessibleText("your answer to the quiz question");
        answer.setOnAction(e -> checkAnswer());
        Button check = new Button("Check");
        check.setId("check");
        check.setOnAction(e -> checkAnswer());
        Button reveal = new Button("Reveal →");
        reveal.setId("reveal");
        reveal.setAccessibleText("Reveal the value: the next step");
        reveal.setOnAction(e -> model.forward());
        verdict.setId("verdict");
        verdict.setWrapText(true);
        verdict.setAccessibleRole(AccessibleRole.TEXT);
        question.setAccessibleRole(AccessibleRole.TEXT);
        answer.setPrefColumnCount(7);
        answer.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane answerRow = new FlowPane(6, 6, answer, check, reveal); // wraps at projector sizes
        getChildren().addAll(question, answerRow, verdict);
        setSpacing(6);
        check.setMinWidth(Region.USE_PREF_SIZE);
        reveal.setMinWidth(Region.USE_PREF_SIZE);
    }

    /** The labels the view styles with its text colour. */
    Label question() {
        return question;
    }

    Label verdict() {
        return verdict;
    }

    /** Shown only with the quiz on; the question and the verdict on the last answer. */
    void update(Theme theme) {
        setVisible(model.quiz());
        setManaged(model.quiz());
        Step q = model.question();
        if (q == null) {
            question.setText("Quiz: every value is revealed.");
        } else {
            question.setText("Quiz (" + q.equation().label() + "): what is "
                    + q.result().name() + "?  " + q.formula().replaceFirst("^.*? = ", "= "));
        }
        QuizResult r = model.lastAnswer();
        verdict.setText(r == null ? "Type a value and press Enter; → reveals it." : r.message());
        String colour = r == null
                ? Theme.web(theme.muted())
                : r.correct() ? Theme.web(theme.accent()) : (theme.dark() ? "#ff9e80" : "#b3261e");
        verdict.setStyle("-fx-text-fill: " + colour + ";");
    }

    private void checkAnswer() {
        String text = answer.getText().strip().replace('−', '-').replace(',', '.');
        if (model.question() == null) {
            return;
        }
        try {
            model.answer(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            verdict.setText("'" + answer.getText() + "' is not a number.");
        }
    }
}

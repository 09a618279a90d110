package bachprop.cli;

import bachprop.seq.TrainingOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The model kinds' training options on {@code chorale train}, each named once so that help lists
 * them and a misspelt one is rejected with the nearest name. Values stay text: each kind reads the
 * ones it knows with its own default ({@link TrainingOptions}) and names any it does not use.
 */
final class ModelOptions {
    @Option(names = "--hidden", paramLabel = "N", description = "hidden units (mlp 50, rnn 64, lstm 176)")
    String hidden;

    @Option(names = "--epochs", paramLabel = "N", description = "most epochs (mlp 30, rnn 20, lstm 60)")
    String epochs;

    @Option(names = "--batch", paramLabel = "M", description = "mini-batch size (mlp 10, lstm 8 melodies)")
    String batch;

    @Option(names = "--eta", paramLabel = "η", description = "learning rate (mlp 1, rnn 0.2, lstm 0.005 for Adam)")
    String eta;

    @Option(names = "--seed", paramLabel = "S", description = "random seed (1)")
    String seed;

    @Option(names = "--scaled", paramLabel = "0|1", description = "mlp: 1 for N(0, 1/n_in) weights, 0 for N(0, 1) (1)")
    String scaled;

    @Option(names = "--clip", paramLabel = "X", description = "gradient clip, global norm (rnn 5.0, lstm 1.0)")
    String clip;

    @Option(
            names = "--patience",
            paramLabel = "N",
            description = "epochs without a better validation loss before stopping (rnn 3, lstm 8)")
    String patience;

    @Option(names = "--max-order", paramLabel = "N", description = "ngram: longest context (7)")
    String maxOrder;

    @Option(names = "--max-shift", paramLabel = "N", description = "transpositions, in semitones (ngram 6, lstm 6)")
    String maxShift;

    @Option(names = "--dropout", paramLabel = "P", description = "lstm: dropout (0.5)")
    String dropout;

    @Option(
            names = "--range-margin",
            paramLabel = "N",
            description = "lstm: transpositions stay within the training range ± this (6)")
    String rangeMargin;

    @Option(names = "--threads", paramLabel = "T", description = "lstm: worker threads (2)")
    String threads;

    @Option(
            names = "--max-seconds",
            paramLabel = "S",
            description = "lstm: CPU-time budget for all members, per thread (290)")
    String maxSeconds;

    @Option(
            names = "--average",
            paramLabel = "X",
            description = "lstm: β of the running average of θ that is kept (0.99)")
    String average;

    @Option(names = "--members", paramLabel = "N", description = "lstm: networks whose distributions are averaged (8)")
    String members;

    @Option(
            names = "--stop-on-pitch",
            paramLabel = "0|1",
            description = "lstm: 1 early-stops on pitch bits, 0 on pitch + duration (1)")
    String stopOnPitch;

    @Option(
            names = "--refit",
            paramLabel = "0|1",
            description = "lstm: 1 refits on train + validation after a scout (1)")
    String refit;

    @Option(
            names = "--top-p",
            paramLabel = "P",
            description = "lstm: the nucleus the model samples from (chosen on the validation split; given: fixed)")
    String topP;

    @Option(
            names = "--choose-sampling",
            paramLabel = "0|1",
            description = "lstm: 1 chooses top-p and sample-alone on the validation split (1; 0 if either is given)")
    String chooseSampling;

    @Option(
            names = "--sample-alone",
            paramLabel = "0|1",
            description = "lstm: 1 samples from the LSTM alone, the short-term model still scoring (0)")
    String sampleAlone;

    @Option(
            names = "--ngram-weight",
            paramLabel = "W",
            description =
                    "lstm: the trained n-gram's weight in the pitch distribution (chosen on the validation split; given: fixed; 0: none)")
    String ngramWeight;

    @Option(
            names = "--calibrate",
            paramLabel = "0|1",
            description = "lstm: 1 fits an interval calibration of sampling on the validation openings (1)")
    String calibrate;

    @Option(
            names = "--viewpoints",
            paramLabel = "0|1",
            description = "ngram, lstm: 1 reads the score's key, bar, fermata and contour besides pitch (1)")
    String viewpoints;

    @Option(
            names = "--stm",
            paramLabel = "0|1",
            description =
                    "lstm, ngram: 1 combines it with a short-term model of the melody being predicted (lstm 1, ngram 0)")
    String stm;

    @Option(
            names = "--stm-bias",
            paramLabel = "B",
            description = "lstm, ngram: the short-term model's mixture weight (0.2)")
    String stmBias;

    /** The options given on the command line, by name without dashes, for the model kind. */
    TrainingOptions given(CommandSpec command) {
        return new TrainingOptions(values(command));
    }

    /** The same as a map, in the order the options are declared. */
    Map<String, String> values(CommandSpec command) {
        Map<String, String> values = new LinkedHashMap<>();
        CommandSpec mine = command.mixins().get("modelOptions");
        for (OptionSpec o : mine.options()) {
            if (o.getValue() != null) {
                values.put(o.longestName().substring(2), o.getValue());
            }
        }
        return values;
    }
}

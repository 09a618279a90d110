package bachprop.cli;

import bachprop.seq.SequenceModel;
import bachprop.seq.stm.LongShortTerm;
import bachprop.seq.stm.LongTermModel;
import bachprop.seq.stm.StmSettings;
import bachprop.util.BadInputException;
import picocli.CommandLine.Option;

/**
 * {@code --stm 0|1} and {@code --stm-bias B} on {@code evaluate} and {@code extend}: switch a loaded
 * model's short-term model on or off, or change its weight, without retraining (docs/sequence-models.md,
 * "Long-term and short-term"). Given neither, the model is as its file says.
 */
final class StmOptions {
    @Option(
            names = "--stm",
            paramLabel = "0|1",
            description =
                    "lstm: 1 combines it with a short-term model of the melody, 0 not (default: as its file says)")
    Integer stm;

    @Option(
            names = "--stm-bias",
            paramLabel = "B",
            description = "lstm, ngram: the short-term model's mixture weight (default: as its file says, else 0.2)")
    Double bias;

    /** From option values as text ({@code null}: not given), as {@code evaluate} reads them. */
    static StmOptions of(String stm, String bias) {
        StmOptions o = new StmOptions();
        try {
            o.stm = stm == null ? null : Integer.valueOf(stm.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException("--stm is 0 or 1, not '" + stm + "'");
        }
        try {
            o.bias = bias == null ? null : Double.valueOf(bias.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException("--stm-bias takes a number, not '" + bias + "'");
        }
        return o;
    }

    /** The model with its STM as asked. */
    SequenceModel apply(SequenceModel model) {
        if (stm == null && bias == null) {
            return model;
        }
        SequenceModel ltm = model instanceof LongShortTerm lst ? lst.longTerm() : model;
        if (!(ltm instanceof LongTermModel)) {
            throw new BadInputException("--stm and --stm-bias work with lstm and ngram models, not " + model.kind());
        }
        if (stm != null && stm != 0 && stm != 1) {
            throw new BadInputException("--stm is 0 or 1, not " + stm);
        }
        StmSettings now = LongShortTerm.settingsOf(model);
        StmSettings base = now.on() ? now : StmSettings.DEFAULT;
        boolean on = stm != null ? stm == 1 : true;
        try {
            return LongShortTerm.of(
                    ltm, base.with(on, bias != null ? bias : base.combination().bias()));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--stm-bias: " + e.getMessage());
        }
    }
}

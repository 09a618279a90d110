package bachprop.seq.satb;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;

/**
 * What every four-voice model is to the rest of the program (evaluation, sampling with or without
 * the voice-leading rules, harmonising, the window, model files): a {@link FourVoicePredictor}
 * started at step 0. See docs/four-voices.md.
 */
public interface FourVoiceModel {
    /** The model's kind, e.g. {@code satb}: the {@code --model} name and the kind in its file. */
    String kind();

    /** One line for people: the kind and its main hyper-parameters. */
    String describe();

    /** A predictor at step 0, soprano, with an empty context. */
    FourVoicePredictor start();

    /**
     * Teacher forcing: {@code p[t][v]} is the distribution of token (t, v) given Bach's earlier
     * tokens. The default drives {@link #start()}; a model may override it to run faster, giving
     * the same numbers.
     */
    default double[][][] teacherForced(int[][] tokens) {
        FourVoicePredictor p = start();
        double[][][] out = new double[tokens.length][Tokens.VOICES][];
        for (int t = 0; t < tokens.length; t++) {
            for (int v = 0; v < Tokens.VOICES; v++) {
                out[t][v] = p.next();
                p.choose(tokens[t][v]);
            }
        }
        return out;
    }

    /** How the rule-keeping sampler reweights this model's intervals (none unless fitted: {@link PieceMemoryModel}). */
    default FourVoiceCalibration calibration() {
        return FourVoiceCalibration.NONE;
    }

    /** Facts saved in the file's header and shown by {@code train} (JSON-writable values). */
    default Map<String, Object> info() {
        return Map.of();
    }

    /** The save hook: writes the parameters (the model file adds header and checksum). */
    void writePayload(DataOutputStream out) throws IOException;
}

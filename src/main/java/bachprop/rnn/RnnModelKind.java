package bachprop.rnn;

import bachprop.nn.DivergenceException;
import bachprop.nn.Vec;
import bachprop.seq.Evaluation;
import bachprop.seq.ModelKind;
import bachprop.seq.NoteSequence;
import bachprop.seq.SeqNote;
import bachprop.seq.SequenceModel;
import bachprop.seq.TrainingData;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.TrainingStatus;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code --model rnn}: trains the text's RNN on chorale melodies by BPTT and stochastic gradient
 * descent, one melody per step, the whole melody unrolled (section 7.2's shifted targets), each
 * gradient clipped to norm c. Keeps the parameters of the epoch with the lowest validation pitch
 * bits per note and stops after {@code patience} epochs without improvement.
 *
 * <p>Options: {@code hidden} (64), {@code epochs} (20), {@code eta} (0.2), {@code clip} (5),
 * {@code patience} (3), {@code seed} (1).
 */
public final class RnnModelKind implements ModelKind {
    @Override
    public String name() {
        return "rnn";
    }

    @Override
    public int payloadVersion() {
        return 1;
    }

    @Override
    public SequenceModel train(TrainingData data, TrainingOptions options, TrainingListener listener) {
        int hidden = options.getInt("hidden", 64);
        int epochs = options.getInt("epochs", 20);
        double eta = options.getDouble("eta", 0.2);
        double clip = options.getDouble("clip", 5.0);
        int patience = options.getInt("patience", 3);
        long seed = options.getLong("seed", 1);
        options.checkAllUsed(name());
        if (hidden < 1 || epochs < 1 || !(eta > 0) || !(clip > 0) || patience < 1) {
            throw new IllegalArgumentException("rnn: hidden, epochs and patience must be ≥ 1, eta and clip > 0");
        }
        Random random = new Random(seed);
        RnnSequenceModel model = RnnSequenceModel.untrained(seed, hidden);
        Rnn rnn = model.rnn();
        List<NoteSequence> train = new ArrayList<>();
        for (NoteSequence s : data.train()) {
            if (!s.notes().isEmpty()) {
                train.add(s);
            }
        }
        Rnn best = rnn.copy();
        double bestValid = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        int done = 0;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(train, random);
            double nats = 0;
            long notes = 0;
            for (NoteSequence s : train) {
                List<SeqNote> melody = s.notes();
                int[][] targets = RnnSequenceModel.targets(melody);
                RnnForward f = rnn.forward(RnnSequenceModel.inputs(melody), Vec.zeros(hidden), targets, null);
                RnnGradient g = Bptt.backward(rnn, f, targets, null);
                rnn.update(Clip.byGlobalNorm(g, clip, null), eta, null);
                for (int t = 1; t <= f.T(); t++) {
                    nats -= Math.log(f.yHat(t).get(targets[t - 1][0]));
                }
                notes += melody.size();
            }
            if (!rnn.isFinite()) {
                throw new DivergenceException(epoch, "a weight of the RNN is NaN or infinite (η = " + eta + ")");
            }
            double trainBits = nats / Math.max(1, notes) / Math.log(2);
            if (!Double.isFinite(trainBits)) {
                // −log p̂ is ∞ once a target's probability underflows to 0: the first non-finite loss
                throw new DivergenceException(
                        epoch, "the training loss is " + trainBits + " bits per note (η = " + eta + ")");
            }
            double validBits = Evaluation.teacherForced(model, data.valid()).pitchBitsPerNote();
            done = epoch;
            String message = "";
            if (validBits < bestValid) {
                bestValid = validBits;
                bestEpoch = epoch;
                best = rnn.copy();
            } else if (epoch - bestEpoch >= patience) {
                message = "early stop: best validation at epoch " + bestEpoch;
            }
            listener.update(new TrainingStatus(epoch, epochs, (double) epoch / epochs, trainBits, validBits, message));
            if (!message.isEmpty()) {
                break;
            }
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("epochs", done);
        info.put("bestEpoch", bestEpoch);
        info.put("eta", eta);
        info.put("clip", clip);
        info.put("seed", seed);
        info.put("validPitchBitsPerNote", bestValid);
        info.put("trainedOn", data.source());
        return new RnnSequenceModel(best, info);
    }

    @Override
    public SequenceModel read(DataInputStream in, int version) throws IOException {
        if (version != 1) {
            throw new IOException("RNN payload version " + version + " is not one this build reads (1)");
        }
        return RnnSequenceModel.readPayload(in, Map.of());
    }
}

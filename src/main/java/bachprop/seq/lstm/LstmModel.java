package bachprop.seq.lstm;

import bachprop.seq.NextNote;
import bachprop.seq.SeqNote;
import bachprop.seq.SequenceModel;
import bachprop.seq.Vocab;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The trained LSTM as a {@link SequenceModel}: reads a melody note by note (input
 * {@link Features}) and gives the next note's pitch and duration distributions. Teacher
 * forcing and extension run the recurrence once, carrying (h, c) forward.
 */
public final class LstmModel implements SequenceModel {
    final Lstm net;
    private final Map<String, Object> info;

    public LstmModel(Lstm net, Map<String, Object> info) {
        if (net.inputs != Features.WIDTH || net.pitches != Vocab.PITCHES || net.durations != Vocab.DURATIONS) {
            throw new IllegalArgumentException("an LSTM of " + net.inputs + " inputs and " + net.pitches + "+" + net.durations
                + " outputs does not fit the note encoding (" + Features.WIDTH + " inputs, " + Vocab.PITCHES + "+" + Vocab.DURATIONS + " outputs)");
        }
        this.net = net;
        this.info = new LinkedHashMap<>(info);
    }

    public Lstm network() {
        return net;
    }

    @Override
    public String kind() {
        return "lstm";
    }

    @Override
    public String describe() {
        return "LSTM " + net.inputs + "→" + net.hidden + "→" + net.pitches + "+" + net.durations + " (" + net.parameterCount() + " parameters)";
    }

    @Override
    public Map<String, Object> info() {
        return info;
    }

    @Override
    public NextNote next(List<SeqNote> soFar) {
        List<NextNote> all = run(soFar, soFar.size() + 1);
        return all.get(all.size() - 1);
    }

    @Override
    public List<NextNote> teacherForced(List<SeqNote> melody) {
        return run(melody, melody.size());
    }

    /** Runs the first {@code steps} steps over the melody (step t sees notes before t). */
    private List<NextNote> run(List<SeqNote> melody, int steps) {
        if (steps == 0) {
            return List.of();
        }
        SeqBatch in = SeqBatch.empty(steps, 1, Features.WIDTH);
        Features.encode(melody, steps, 0, in.x(), in.last(), in.key(), 1, 0);
        Tape tape = new Tape();
        tape.ensure(steps, 1, net.hidden, net.outputs);
        net.forward(tape, in, 1.0, null);
        List<NextNote> out = new ArrayList<>(steps);
        for (int t = 0; t < steps; t++) {
            out.add(split(tape.probs[t]));
        }
        return out;
    }

    private NextNote split(double[] p) {
        return new NextNote(Arrays.copyOfRange(p, 0, net.pitches), Arrays.copyOfRange(p, net.pitches, net.pitches + net.durations));
    }

    @Override
    public List<SeqNote> extend(List<SeqNote> opening, int n, double temperature, Random rng) {
        List<SeqNote> melody = new ArrayList<>(opening);
        Tape tape = new Tape();
        // read the opening but its next-note step (h, c after the last opening note's input)
        int steps = opening.size();
        double[] h = new double[net.hidden];
        double[] c = new double[net.hidden];
        if (steps > 0) {
            SeqBatch in = SeqBatch.empty(steps, 1, Features.WIDTH);
            Features.encode(opening, steps, 0, in.x(), in.last(), in.key(), 1, 0);
            tape.ensure(steps, 1, net.hidden, net.outputs);
            net.forward(tape, in, 1.0, null);
            System.arraycopy(tape.h[steps - 1], 0, h, 0, net.hidden);
            System.arraycopy(tape.c[steps - 1], 0, c, 0, net.hidden);
        }
        tape.ensure(1, 1, net.hidden, net.outputs);
        for (int i = 0; i < n; i++) {
            SeqBatch one = SeqBatch.empty(1, 1, Features.WIDTH);
            one.x()[0] = Features.next(melody);
            one.last()[0] = melody.isEmpty() ? -1 : melody.get(melody.size() - 1).pitchIndex();
            one.key()[0] = Features.keyCode(melody);
            System.arraycopy(h, 0, tape.h0[0], 0, net.hidden);
            System.arraycopy(c, 0, tape.c0[0], 0, net.hidden);
            net.forward(tape, one, 1.0, null);
            System.arraycopy(tape.h[0], 0, h, 0, net.hidden);
            System.arraycopy(tape.c[0], 0, c, 0, net.hidden);
            SeqNote note = split(tape.probs[0]).sample(rng, temperature);
            melody.add(note);
        }
        return new ArrayList<>(melody.subList(opening.size(), melody.size()));
    }

    /** Payload v1: inputs, hidden, pitches, durations, then every row of θ as 32-bit floats. */
    @Override
    public void writePayload(DataOutputStream out) throws IOException {
        out.writeInt(net.inputs);
        out.writeInt(net.hidden);
        out.writeInt(net.pitches);
        out.writeInt(net.durations);
        for (double[] row : net.theta) {
            for (double v : row) {
                out.writeFloat((float) v);
            }
        }
    }

    static LstmModel read(DataInputStream in, Map<String, Object> info) throws IOException {
        int inputs = in.readInt();
        int hidden = in.readInt();
        int pitches = in.readInt();
        int durations = in.readInt();
        if (inputs < 1 || inputs > 10_000 || hidden < 1 || hidden > 10_000 || pitches < 1 || durations < 1 || pitches + durations > 10_000) {
            throw new IllegalArgumentException("implausible LSTM shape " + inputs + "→" + hidden + "→" + pitches + "+" + durations);
        }
        Lstm net = new Lstm(inputs, hidden, pitches, durations);
        for (double[] row : net.theta) {
            for (int k = 0; k < row.length; k++) {
                row[k] = in.readFloat();
                if (!Double.isFinite(row[k])) {
                    throw new IllegalArgumentException("a parameter is not a finite number");
                }
            }
        }
        net.parametersChanged();
        return new LstmModel(net, info);
    }

    /** Rounds θ to 32-bit floats, so the model in memory is exactly the one its file holds. */
    void roundToFloat() {
        for (double[] row : net.theta) {
            for (int k = 0; k < row.length; k++) {
                row[k] = (float) row[k];
            }
        }
        net.parametersChanged();
    }

    @Override
    public String toString() {
        return "LstmModel[" + describe() + "]";
    }
}

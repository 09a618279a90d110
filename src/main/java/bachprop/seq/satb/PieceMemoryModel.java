package bachprop.seq.satb;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained four-voice model (the long-term model) combined with a {@link PieceMemory} of the
 * chorale being predicted, by the {@link MemoryWeights} chosen on the validation chorales — the
 * long-term plus short-term scheme of Conklin &amp; Witten (1995), for four voices. It is its long-term
 * model's kind to the rest of the program; its file is that model's payload followed by the weights
 * ({@link FourVoiceFile}). It also carries the rule-keeping sampler's {@link FourVoiceCalibration}
 * (chosen on validation after training, like the weights).
 */
public final class PieceMemoryModel implements FourVoiceModel {
    private final FourVoiceModel ltm;
    private final MemoryWeights weights;
    private final FourVoiceCalibration calibration;

    private PieceMemoryModel(FourVoiceModel ltm, MemoryWeights weights, FourVoiceCalibration calibration) {
        this.ltm = ltm;
        this.weights = weights;
        this.calibration = calibration;
    }

    /** The long-term model with these weights (and its calibration, if it has one). */
    public static FourVoiceModel of(FourVoiceModel model, MemoryWeights weights) {
        return of(model, weights, model.calibration());
    }

    /**
     * The long-term model with these weights and the rule-keeping sampler's interval calibration;
     * the long-term model alone when the weights are all 0 and there is no calibration.
     */
    public static FourVoiceModel of(FourVoiceModel model, MemoryWeights weights, FourVoiceCalibration calibration) {
        FourVoiceModel base = longTermOf(model);
        return weights.on() || !calibration.isNone() ? new PieceMemoryModel(base, weights, calibration) : base;
    }

    public static FourVoiceModel longTermOf(FourVoiceModel model) {
        return model instanceof PieceMemoryModel m ? m.ltm : model;
    }

    public static MemoryWeights weightsOf(FourVoiceModel model) {
        return model instanceof PieceMemoryModel m ? m.weights : MemoryWeights.OFF;
    }

    /**
     * The long-term model with λ chosen per voice and agreement bucket on {@code valid}: for each,
     * the grid value 0, 0.05, …, 0.9 with the fewest bits over the validation tokens in that bucket.
     */
    public static FourVoiceModel fitted(FourVoiceModel model, List<SatbScore> valid) {
        FourVoiceModel base = longTermOf(model);
        double[][][] bits = new double[Tokens.VOICES][MemoryWeights.BUCKETS][MemoryWeights.STEPS];
        for (SatbScore s : valid) {
            double[][][] p = base.teacherForced(s.tokens());
            PieceMemory memory = new PieceMemory();
            for (int t = 0; t < s.steps(); t++) {
                for (int v = 0; v < Tokens.VOICES; v++) {
                    int x = s.token(t, v);
                    PieceMemory.Recall r = memory.recall();
                    if (r.p() != null) {
                        int b = MemoryWeights.bucket(r.length());
                        for (int k = 0; k < MemoryWeights.STEPS; k++) {
                            double l = k * 0.05;
                            bits[v][b][k] -= Math.log((1 - l) * p[t][v][x] + l * r.p()[x]) / Math.log(2);
                        }
                    }
                    memory.choose(x);
                }
            }
        }
        double[][] lambda = new double[Tokens.VOICES][MemoryWeights.BUCKETS];
        for (int v = 0; v < Tokens.VOICES; v++) {
            for (int b = 1; b < MemoryWeights.BUCKETS; b++) {
                int best = 0;
                for (int k = 1; k < MemoryWeights.STEPS; k++) {
                    if (bits[v][b][k] < bits[v][b][best]) {
                        best = k;
                    }
                }
                lambda[v][b] = best * 0.05;
            }
        }
        return of(base, new MemoryWeights(lambda));
    }

    @Override
    public String kind() {
        return ltm.kind();
    }

    @Override
    public FourVoiceCalibration calibration() {
        return calibration;
    }

    @Override
    public String describe() {
        return ltm.describe() + " + piece memory";
    }

    @Override
    public Map<String, Object> info() {
        Map<String, Object> info = new LinkedHashMap<>(ltm.info());
        info.put("memory", weights.toString());
        if (!calibration.isNone()) {
            info.put("calibration", calibration.toString());
        }
        return info;
    }

    @Override
    public FourVoicePredictor start() {
        FourVoicePredictor p = ltm.start();
        PieceMemory memory = new PieceMemory();
        return new FourVoicePredictor() {
            @Override
            public int step() {
                return p.step();
            }

            @Override
            public int voice() {
                return p.voice();
            }

            @Override
            public double[] next() {
                return weights.mix(p.voice(), p.next(), memory.recall());
            }

            @Override
            public void choose(int token) {
                p.choose(token);
                memory.choose(token);
            }
        };
    }

    /** The long-term model's teacher-forced distributions, each mixed with the memory of steps before it. */
    @Override
    public double[][][] teacherForced(int[][] tokens) {
        double[][][] p = ltm.teacherForced(tokens);
        PieceMemory memory = new PieceMemory();
        List<double[][]> out = new ArrayList<>(tokens.length);
        for (int t = 0; t < tokens.length; t++) {
            double[][] row = new double[Tokens.VOICES][];
            for (int v = 0; v < Tokens.VOICES; v++) {
                row[v] = weights.mix(v, p[t][v], memory.recall());
                memory.choose(tokens[t][v]); // token (t, v) is read only after it was predicted
            }
            out.add(row);
        }
        return out.toArray(new double[0][][]);
    }

    /** The long-term model's payload only: {@link FourVoiceFile} writes the weights after it. */
    @Override
    public void writePayload(DataOutputStream out) throws IOException {
        ltm.writePayload(out);
    }

    @Override
    public String toString() {
        return "PieceMemoryModel[" + ltm.describe() + " + " + weights + (calibration.isNone() ? "" : "; " + calibration)
                + "]";
    }
}

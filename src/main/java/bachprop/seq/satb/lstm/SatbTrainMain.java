package bachprop.seq.satb.lstm;

import bachprop.music.Split;
import bachprop.music.data.JsbChorales;
import bachprop.seq.TrainingOptions;
import bachprop.seq.satb.FourVoiceModel;
import bachprop.seq.satb.SatbData;
import bachprop.seq.satb.SatbScore;
import bachprop.seq.satb.Tokens;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bench for the {@code satb} kind until {@code chorale train/evaluate --voices 4} exist: trains
 * (options as {@code name=value}), prints the valid figures, and the test figures only with
 * {@code --test}; {@code --save F} writes the payload, {@code --load F} reads one instead of
 * training. Data from {@code $BACHPROP_DATA}.
 */
public final class SatbTrainMain {
    private SatbTrainMain() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = new LinkedHashMap<>();
        boolean test = false;
        Path save = null;
        Path load = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--test" -> test = true;
                case "--save" -> save = Path.of(args[++i]);
                case "--load" -> load = Path.of(args[++i]);
                default -> {
                    String[] kv = args[i].split("=", 2);
                    opts.put(kv[0], kv[1]);
                }
            }
        }
        JsbChorales jsb = JsbChorales.load(Path.of(System.getenv().getOrDefault("BACHPROP_DATA", "/work/shared/data")));
        List<SatbScore> train =
                jsb.chorales(Split.TRAIN).stream().map(SatbScore::of).toList();
        List<SatbScore> valid =
                jsb.chorales(Split.VALID).stream().map(SatbScore::of).toList();
        SatbData data = new SatbData("jsb", train, valid);
        System.out.println(data);
        long t0 = System.nanoTime();
        double cpu0 = SatbTrainer.coreSeconds(1);
        SatbLstmModel model;
        if (load != null) {
            try (DataInputStream in = new DataInputStream(Files.newInputStream(load))) {
                model = SatbLstmModel.read(in, 1, Map.of());
            }
        } else {
            model = new SatbTrainer(new TrainingOptions(opts)).train(data, s -> {
                if (!s.message().isEmpty()) {
                    System.out.println(s);
                }
            });
        }
        System.out.printf(
                "trained in %.1f s wall, %.1f CPU s%n",
                (System.nanoTime() - t0) / 1e9, SatbTrainer.coreSeconds(1) - cpu0);
        System.out.println(model.describe());
        System.out.println(model.info());
        if (save != null) {
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(save))) {
                model.writePayload(out);
            }
            System.out.println("saved " + save + " (" + Files.size(save) + " bytes)");
        }
        report("valid", model, valid);
        if (test) {
            report(
                    "test",
                    model,
                    jsb.chorales(Split.TEST).stream().map(SatbScore::of).toList());
        }
    }

    /** Mean −log₂ p, top-1 accuracy, per voice and over onsets (a token differing from the previous step's). */
    static void report(String split, FourVoiceModel model, List<SatbScore> scores) {
        double bits = 0;
        long tokens = 0;
        long right = 0;
        double[] voiceBits = new double[4];
        long[] voiceTokens = new long[4];
        double onsetBits = 0;
        long onsets = 0;
        for (SatbScore s : scores) {
            double[][][] p = model.teacherForced(s.tokens());
            for (int t = 0; t < s.steps(); t++) {
                for (int v = 0; v < Tokens.VOICES; v++) {
                    int y = s.token(t, v);
                    double b = -Math.log(p[t][v][y]) / Math.log(2);
                    bits += b;
                    tokens++;
                    voiceBits[v] += b;
                    voiceTokens[v]++;
                    int best = 0;
                    for (int q = 1; q < Tokens.COUNT; q++) {
                        if (p[t][v][q] > p[t][v][best]) {
                            best = q;
                        }
                    }
                    right += best == y ? 1 : 0;
                    if (t > 0 && y != s.token(t - 1, v)) {
                        onsetBits += b;
                        onsets++;
                    }
                }
            }
        }
        System.out.printf(
                "%s: %d chorales, %d tokens: %.4f bits/token, accuracy %.2f %%, S %.3f A %.3f T %.3f B %.3f, onsets %.3f bits (%d)%n",
                split,
                scores.size(),
                tokens,
                bits / tokens,
                100.0 * right / tokens,
                voiceBits[0] / voiceTokens[0],
                voiceBits[1] / voiceTokens[1],
                voiceBits[2] / voiceTokens[2],
                voiceBits[3] / voiceTokens[3],
                onsetBits / onsets,
                onsets);
    }
}

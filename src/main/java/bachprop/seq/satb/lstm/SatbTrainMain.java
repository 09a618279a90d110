package bachprop.seq.satb.lstm;

import bachprop.music.Split;
import bachprop.music.data.JsbChorales;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.lstm.LstmTrainer;
import bachprop.seq.satb.FourVoiceFile;
import bachprop.seq.satb.FourVoiceModel;
import bachprop.seq.satb.PieceMemoryFit;
import bachprop.seq.satb.PieceMemoryModel;
import bachprop.seq.satb.SatbData;
import bachprop.seq.satb.SatbScore;
import bachprop.seq.satb.TokenMetric;
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
 * {@code --test}; the piece memory and the interval calibration are fitted after training unless {@code memory=0}; {@code --save F} writes
 * the networks' payload, {@code --load F} reads one instead of
 * training; {@code --model-file F.bpm} saves a model file ({@link FourVoiceFile}), which
 * {@code --load} also reads. Data from {@code $BACHPROP_DATA}.
 */
public final class SatbTrainMain {
    private SatbTrainMain() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = new LinkedHashMap<>();
        boolean test = false;
        Path save = null;
        Path load = null;
        Path modelFile = null;
        Map<String, Object> info = new LinkedHashMap<>(); // --info key=value: facts for a loaded payload's file header
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--test" -> test = true;
                case "--save" -> save = Path.of(args[++i]);
                case "--load" -> load = Path.of(args[++i]);
                case "--model-file" -> modelFile = Path.of(args[++i]);
                case "--info" -> {
                    String[] kv = args[++i].split("=", 2);
                    info.put(kv[0], kv[1]);
                }
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
        double cpu0 = LstmTrainer.coreSeconds(1);
        boolean memory = !"0".equals(opts.remove("memory")); // as `chorale train`: the piece memory unless memory=0
        TrainingListener say = s -> {
            if (!s.message().isEmpty()) {
                System.out.println(s);
            }
        };
        SatbLstmModel ltm;
        if (load != null && load.toString().endsWith(".bpm")) {
            ltm = (SatbLstmModel) PieceMemoryModel.longTermOf(FourVoiceFile.load(load));
        } else if (load != null) {
            try (DataInputStream in = new DataInputStream(Files.newInputStream(load))) {
                ltm = SatbLstmModel.read(in, 1, info);
            }
        } else {
            ltm = new SatbTrainer(new TrainingOptions(opts)).train(data, say);
        }
        FourVoiceModel model = memory ? PieceMemoryFit.calibrated(PieceMemoryFit.fit(ltm, data, say), data, say) : ltm;
        System.out.printf(
                "trained in %.1f s wall, %.1f CPU s%n",
                (System.nanoTime() - t0) / 1e9, LstmTrainer.coreSeconds(1) - cpu0);
        System.out.println(model.describe());
        System.out.println(model.info());
        if (save != null) {
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(save))) {
                ltm.writePayload(out);
            }
            System.out.println("saved " + save + " (" + Files.size(save) + " bytes)");
        }
        if (modelFile != null) {
            FourVoiceFile.save(model, modelFile);
            System.out.println("saved " + modelFile + " (" + Files.size(modelFile) + " bytes)");
        }
        report("valid", model, valid);
        if (test) {
            report(
                    "test",
                    model,
                    jsb.chorales(Split.TEST).stream().map(SatbScore::of).toList());
        }
    }

    /** The task's figures ({@link TokenMetric}: mean −log₂ p, top-1, per voice, onsets), with the CPU time they took. */
    static void report(String split, FourVoiceModel model, List<SatbScore> scores) {
        double cpu0 = LstmTrainer.coreSeconds(1);
        TokenMetric.Figures f = TokenMetric.of(model, scores, null);
        System.out.printf("%s: %s%n  %s  (%.1f CPU s)%n", split, f, f.toJson(), LstmTrainer.coreSeconds(1) - cpu0);
    }
}

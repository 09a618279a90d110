package bachprop.cli;

import bachprop.music.data.DataFormatException;
import bachprop.seq.ModelFileException;
import bachprop.seq.ModelVersions;
import bachprop.seq.SequenceModels;
import bachprop.seq.TrainingOptions;
import bachprop.seq.satb.FourVoiceFile;
import bachprop.seq.satb.FourVoiceModel;
import bachprop.seq.satb.FourVoiceModels;
import bachprop.seq.satb.FourVoiceStore;
import bachprop.seq.satb.SatbCorpus;
import bachprop.seq.satb.SatbData;
import bachprop.seq.satb.SatbScore;
import bachprop.seq.satb.TokenLog;
import bachprop.seq.satb.TokenMetric;
import bachprop.seq.satb.Tokens;
import bachprop.util.BadInputException;
import bachprop.util.Json;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The four-voice side of {@code chorale train --model satb-ngram|satb} and
 * {@code chorale evaluate --voices 4} (docs/four-voices.md): the same commands, the four-voice
 * kinds ({@link FourVoiceModels}), the JSB chorales as four-voice scores, the token metric.
 */
final class FourVoiceCommands {
    private FourVoiceCommands() {}

    /** {@code chorale train} of a four-voice kind: JSB train split, choices on valid, saved like a sequence model. */
    static int train(TrainCommand c, TrainingOptions options) throws Exception {
        PrintStream progress = c.json ? c.err : c.out;
        SatbCorpus corpus = corpus(c.data);
        Path wanted = c.outFile != null ? c.outFile : FourVoiceStore.userFile(c.kind);
        progress.println("data: " + corpus);
        ConsoleProgress bar = ConsoleProgress.forStream(progress);
        long start = System.nanoTime();
        FourVoiceModel model;
        try {
            model = FourVoiceModels.kind(c.kind).train(corpus.trainingData(), options, bar);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } finally {
            bar.finish();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Path file = ModelVersions.target(wanted, c.force);
        if (!file.equals(wanted)) {
            c.err.println("bachprop chorale train: " + wanted + " exists; saving as " + file
                    + " instead (--force replaces it)");
        } else if (c.force && Files.exists(wanted)) {
            c.err.println("bachprop chorale train: replacing " + wanted + " (--force)");
        }
        FourVoiceFile.save(model, file);
        TokenMetric.Figures valid = TokenMetric.of(model, corpus.valid(), null);
        if (c.json) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("model", model.kind());
            r.put("describe", model.describe());
            r.put("file", file.toString());
            r.put("bytes", Files.size(file));
            r.put("data", SatbCorpus.NAME);
            r.put("seconds", seconds);
            r.put("valid", Map.of("fourVoice", valid.toJson()));
            r.put("info", model.info());
            c.out.println(Json.write(r));
        } else {
            c.out.println("model: " + model.describe());
            c.out.println("validation: " + text(valid));
            c.out.printf("trained in %.1f s%n", seconds);
            c.out.println("saved: " + file + " (" + Files.size(file) + " bytes)");
        }
        return 0;
    }

    /** {@code chorale evaluate --voices 4}: the token figures of a four-voice model on a JSB split. */
    static int evaluate(EvaluateCommand c) throws Exception {
        check(c);
        PrintStream progress = c.json ? c.err : c.out;
        // the data is read after the model (a bad model file is reported even without the data)
        SatbCorpus[] corpus = {null};
        Supplier<SatbCorpus> data = () -> corpus[0] != null ? corpus[0] : (corpus[0] = corpus(c.data));
        FourVoiceStore.Loaded loaded = load(c.kind, c.file, () -> data.get().trainingData(), progress);
        List<SatbScore> scores = data.get().split(c.split);
        progress.println("model: " + loaded.model().describe() + " (" + loaded.from() + ")");
        TokenLog log = c.tokenLog == null ? null : new TokenLog();
        TokenMetric.Figures f = TokenMetric.of(loaded.model(), scores, log);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("model", loaded.model().kind());
        result.put("describe", loaded.model().describe());
        result.put("modelSource", loaded.from());
        result.put("data", SatbCorpus.NAME + ":" + c.split);
        result.put("voices", Tokens.VOICES);
        Map<String, Object> fourVoice = f.toJson();
        // MERGE (issue 17, satb-rules): the sampled-continuation measures go here, as
        // fourVoice.put("samples", ...) with and without the rules (openings: steps 0–31, then 64 steps, 10 samples)
        result.put("fourVoice", fourVoice);
        if (log != null) {
            log.save(c.tokenLog);
            result.put("tokenLog", c.tokenLog.toString());
        }
        if (c.json) {
            c.out.println(Json.write(result));
        } else {
            c.out.printf(
                    "%s on %s (%d chorales, %d tokens), teacher-forced:%n",
                    result.get("model"), result.get("data"), f.scores(), f.tokens());
            c.out.println("  " + text(f));
            if (log != null) {
                c.out.println("token log: " + c.tokenLog);
            }
        }
        return 0;
    }

    /** The options that mean nothing with --voices 4, and the token log's folder, before any work. */
    private static void check(EvaluateCommand c) {
        if (c.kind == null) {
            throw new BadInputException(
                    "--model is required (a four-voice kind: " + String.join(", ", FourVoiceModels.names()) + ")");
        }
        if (!FourVoiceModels.available(c.kind)) {
            throw new BadInputException(
                    SequenceModels.available(c.kind)
                            ? "model '" + c.kind
                                    + "' is a one-voice sequence model; --voices 4 needs a four-voice kind ("
                                    + String.join(", ", FourVoiceModels.names()) + ")"
                            : "unknown four-voice model '" + c.kind + "' (known: "
                                    + String.join(", ", FourVoiceModels.names()) + ")");
        }
        if (!List.of("train", "valid", "test").contains(c.split)) {
            throw new BadInputException("unknown split '" + c.split + "' (train, valid or test)");
        }
        var parsed = c.spec.commandLine().getParseResult();
        for (String option : List.of("--folds", "--per-note", "--opening", "--notes", "--samples", "--temperature")) {
            if (parsed.hasMatchedOption(option)) {
                throw new BadInputException(
                        option + " is not used with --voices 4 (it scores every token of the split)");
            }
        }
        Map<String, String> training = c.modelOptions.values(c.spec);
        if (!training.isEmpty()) {
            throw new BadInputException("--" + String.join(", --", training.keySet())
                    + ": not used with --voices 4 (a trained model is evaluated as it is)");
        }
        if (c.tokenLog != null) {
            Path folder = c.tokenLog.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new BadInputException("--token-log " + c.tokenLog + ": the folder " + folder + " does not exist");
            }
            if (Files.isDirectory(c.tokenLog)) {
                throw new BadInputException("--token-log " + c.tokenLog + " is a folder, not a file");
            }
        }
    }

    static SatbCorpus corpus(String data) {
        try {
            return SatbCorpus.load(data);
        } catch (IllegalArgumentException | DataFormatException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** The model of {@code kind} ({@link FourVoiceStore#obtain}); a bad file is one line, exit 2. */
    static FourVoiceStore.Loaded load(String kind, String file, Supplier<SatbData> data, PrintStream progress)
            throws Exception {
        ConsoleProgress bar = ConsoleProgress.forStream(progress);
        try {
            return FourVoiceStore.obtain(kind, file == null ? null : Path.of(file), data, progress::println, bar);
        } catch (ModelFileException | IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } finally {
            bar.finish();
        }
    }

    /** One line: bits and accuracy, per voice, onsets. */
    static String text(TokenMetric.Figures f) {
        double[] b = f.bitsPerTokenByVoice();
        return String.format(
                "%.4f bits per token, top-1 accuracy %.2f%%; per voice S %.4f, A %.4f, T %.4f, B %.4f;"
                        + " onsets (%d tokens) %.4f bits, accuracy %.2f%%",
                f.bitsPerToken(),
                100 * f.accuracy(),
                b[0],
                b[1],
                b[2],
                b[3],
                f.onsets(),
                f.onsetBitsPerToken(),
                100 * f.onsetAccuracy());
    }
}

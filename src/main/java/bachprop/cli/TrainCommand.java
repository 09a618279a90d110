package bachprop.cli;

import bachprop.music.data.DataFormatException;
import bachprop.nn.DivergenceException;
import bachprop.seq.Corpora;
import bachprop.seq.Corpus;
import bachprop.seq.Evaluation;
import bachprop.seq.ModelFile;
import bachprop.seq.ModelStore;
import bachprop.seq.ModelVersions;
import bachprop.seq.SequenceModel;
import bachprop.seq.SequenceModels;
import bachprop.seq.satb.FourVoiceModels;
import bachprop.util.BadInputException;
import bachprop.util.Json;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bachprop chorale train --model mlp|ngram|rnn|lstm|satb-ngram [--data jsb|uci|PATH] [--out FILE]
 * [--json] [--MODEL-OPTION VALUE ...]}: trains on the train split, tunes or stops on the
 * validation split, saves the versioned model file (default: the user's model folder, where
 * {@code evaluate} and {@code extend} look first) and prints the validation measures.
 */
@Command(
        name = "train",
        description = "train a sequence model (mlp, ngram, rnn, lstm) or a four-voice model (satb-ngram) and save it")
public final class TrainCommand extends BaseCommand {
    @Option(
            names = "--model",
            paramLabel = "KIND",
            description = "one of: ${COMPLETION-CANDIDATES}",
            completionCandidates = ChoraleCommand.Kinds.class)
    String kind;

    @Option(names = "--data", paramLabel = "jsb|uci|PATH", description = "the corpus (default ${DEFAULT-VALUE})")
    String data = "jsb";

    @Option(names = "--out", paramLabel = "FILE", description = "the model file (default: the user's model folder)")
    Path outFile;

    @Option(names = "--json", description = "print the result as JSON (progress then goes to stderr)")
    boolean json;

    @Option(
            names = "--force",
            description = "replace the model file if it exists (without it: a new file NAME-2.bpm, NAME-3.bpm, …)")
    boolean force;

    @Mixin
    ModelOptions modelOptions;

    @Override
    protected int run() throws Exception {
        if (kind == null) {
            throw new BadInputException(
                    "--model is required (one of " + String.join(", ", ChoraleCommand.Kinds.all()) + ")");
        }
        if (FourVoiceModels.available(kind)) {
            return FourVoiceCommands.train(this, modelOptions.given(spec));
        }
        PrintStream progress = json ? err : out;
        Corpus corpus = corpus(data);
        Path wanted = outFile != null ? outFile : ModelStore.userFile(kind, corpus.name());
        progress.println("data: " + corpus);
        ConsoleProgress bar = ConsoleProgress.forStream(progress);
        SequenceModel model;
        try {
            model = SequenceModels.kind(kind).train(corpus.trainingData(), modelOptions.given(spec), bar);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } catch (RuntimeException e) {
            DivergenceException d = diverged(e);
            if (d == null) {
                throw e;
            }
            bar.finish();
            err.println("bachprop chorale train: " + d.getMessage() + "; nothing was saved"
                    + (Files.exists(wanted) ? " (" + wanted + " is as it was)" : "")
                    + ". Try a smaller learning rate: --eta ten times smaller than this run's");
            return Main.FAILED;
        } finally {
            bar.finish();
        }
        Path file = ModelVersions.target(wanted, force);
        if (!file.equals(wanted)) {
            err.println("bachprop chorale train: " + wanted + " exists; saving as " + file
                    + " instead (--force replaces it)");
        } else if (force && Files.exists(wanted)) {
            err.println("bachprop chorale train: replacing " + wanted + " (--force)");
        }
        ModelFile.save(model, file);
        TrainJson result = new TrainJson(
                model.kind(),
                model.describe(),
                file.toString(),
                Files.size(file),
                corpus.name(),
                Evaluation.teacherForced(model, corpus.valid()).toJson(),
                model.info());
        if (json) {
            out.println(Json.write(result));
        } else {
            Evaluation.TeacherForced v = Evaluation.teacherForced(model, corpus.valid());
            out.println("model: " + model.describe());
            // a refit (lstm) learned from the validation melodies too: then this is not a fair measure
            out.printf(
                    (model.info().containsKey("scout") ? "validation (also learned from by the refit)" : "validation")
                            + ": %.3f bits per note (pitch), pitch accuracy %.1f%%, duration accuracy %.1f%%%n",
                    v.pitchBitsPerNote(),
                    100 * v.pitchAccuracy(),
                    100 * v.durationAccuracy());
            out.println("saved: " + file + " (" + Files.size(file) + " bytes)");
        }
        return 0;
    }

    /** The divergence behind a training failure (a trainer's worker threads may wrap it), or null. */
    static DivergenceException diverged(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DivergenceException d) {
                return d;
            }
        }
        return null;
    }

    static Corpus corpus(String data) {
        try {
            return Corpora.load(data);
        } catch (IllegalArgumentException | DataFormatException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /**
     * The output of {@code chorale train --json}; {@code valid} ({@link Evaluation.TeacherForced#toJson()})
     * and {@code info} ({@link SequenceModel#info()}) are open maps.
     */
    record TrainJson(
            String model,
            String describe,
            String file,
            long bytes,
            String data,
            Map<String, Object> valid,
            Map<String, Object> info) {}
}

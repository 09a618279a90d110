package bachprop.seq.cli;

import bachprop.cli.Args;
import bachprop.cli.Command;
import bachprop.util.BadInputException;
import bachprop.seq.Corpora;
import bachprop.seq.Corpus;
import bachprop.seq.Evaluation;
import bachprop.seq.ModelFile;
import bachprop.seq.ModelStore;
import bachprop.seq.SequenceModel;
import bachprop.seq.SequenceModels;
import bachprop.seq.TrainingOptions;
import bachprop.util.Json;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bachprop chorale train --model mlp|ngram|rnn|lstm [--data jsb|uci|PATH] [--out FILE]
 * [--json] [--MODEL-OPTION VALUE ...]}: trains on the train split, tunes or stops on the
 * validation split, saves the versioned model file (default: the user's model folder, where
 * {@code evaluate} and {@code extend} look first) and prints the validation measures.
 */
public final class TrainCommand implements Command {
    static final Set<String> VALUED = Set.of("model", "data", "out");
    static final Set<String> FLAGS = Set.of("json");

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Map<String, String> modelOptions = new LinkedHashMap<>();
        Args args = Args.parse(splitModelOptions(argList, modelOptions), VALUED, FLAGS);
        String kind = args.get("model");
        if (kind == null) {
            throw new BadInputException("--model is required (one of " + String.join(", ", SequenceModels.names()) + ")");
        }
        boolean json = args.has("json");
        PrintStream progress = json ? err : out;
        Corpus corpus = corpus(args.get("data", "jsb"));
        Path file = args.has("out") ? Path.of(args.get("out")) : ModelStore.userFile(kind, corpus.name());
        progress.println("data: " + corpus);
        ConsoleProgress bar = ConsoleProgress.forStream(progress);
        SequenceModel model;
        try {
            model = SequenceModels.kind(kind).train(corpus.trainingData(), new TrainingOptions(modelOptions), bar);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } finally {
            bar.finish();
        }
        ModelFile.save(model, file);
        TrainJson result = new TrainJson(model.kind(), model.describe(), file.toString(), Files.size(file), corpus.name(),
                Evaluation.teacherForced(model, corpus.valid()).toJson(), model.info());
        if (json) {
            out.println(Json.write(result));
        } else {
            Evaluation.TeacherForced v = Evaluation.teacherForced(model, corpus.valid());
            out.println("model: " + model.describe());
            // a refit (lstm) learned from the validation melodies too: then this is not a fair measure
            out.printf((model.info().containsKey("scout") ? "validation (also learned from by the refit)" : "validation")
                + ": %.3f bits per note (pitch), pitch accuracy %.1f%%, duration accuracy %.1f%%%n",
                v.pitchBitsPerNote(), 100 * v.pitchAccuracy(), 100 * v.durationAccuracy());
            out.println("saved: " + file + " (" + Files.size(file) + " bytes)");
        }
        return 0;
    }

    /** Moves every {@code --name value} whose name is not one of the command's own into {@code into}. */
    static List<String> splitModelOptions(List<String> args, Map<String, String> into) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--") && a.length() > 2) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (!VALUED.contains(name) && !FLAGS.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new BadInputException("option --" + name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    into.put(name, value);
                    continue;
                }
            }
            rest.add(a);
        }
        return rest;
    }

    static Corpus corpus(String data) {
        try {
            return Corpora.load(data);
        } catch (IllegalArgumentException | bachprop.music.data.DataFormatException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /**
     * The output of {@code chorale train --json}; {@code valid} ({@link Evaluation.TeacherForced#toJson()})
     * and {@code info} ({@link SequenceModel#info()}) are open maps.
     */
    record TrainJson(String model, String describe, String file, long bytes, String data, Map<String, Object> valid,
            Map<String, Object> info) {
    }
}

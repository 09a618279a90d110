package bachprop.cli;

import bachprop.nn.DivergenceException;
import bachprop.seq.Corpus;
import bachprop.seq.CrossValidation;
import bachprop.seq.Evaluation;
import bachprop.seq.Folds;
import bachprop.seq.ModelFileException;
import bachprop.seq.ModelKind;
import bachprop.seq.ModelStore;
import bachprop.seq.NoteSequence;
import bachprop.seq.SequenceModels;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.satb.FourVoiceModels;
import bachprop.util.BadInputException;
import bachprop.util.Json;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bachprop chorale evaluate --model mlp|ngram|rnn|lstm [--data jsb|uci|PATH] [--split test]
 * [--file MODEL.bpm] [--opening K] [--notes N] [--samples S] [--temperature T] [--seed S] [--json [--per-note]]},
 * or with {@code --folds N [--MODEL-OPTION VALUE ...]} cross-validated: N models trained as
 * {@code chorale train} trains them, each scored on the block of melodies it never saw
 * ({@link Folds}, {@link CrossValidation}). The measures and JSON keys are in docs/sequence-models.md.
 */
@Command(name = "evaluate", description = "bits per note, accuracy, sampled continuations vs Bach")
public final class EvaluateCommand extends BaseCommand {
    @Option(
            names = "--model",
            paramLabel = "KIND",
            description = "one of: ${COMPLETION-CANDIDATES}",
            completionCandidates = ChoraleCommand.Kinds.class)
    String kind;

    @Option(names = "--data", paramLabel = "jsb|uci|PATH", description = "the corpus (default ${DEFAULT-VALUE})")
    String data = "jsb";

    @Option(names = "--split", paramLabel = "SPLIT", description = "train, valid or test (default ${DEFAULT-VALUE})")
    String split = "test";

    @Option(
            names = "--file",
            paramLabel = "MODEL.bpm",
            description = "the model file (default: the user's, else the shipped one)")
    String file;

    @Option(
            names = "--opening",
            paramLabel = "K",
            description = "notes of Bach given before sampling (default ${DEFAULT-VALUE})")
    int opening = 8;

    @Option(
            names = "--notes",
            paramLabel = "N",
            description = "notes sampled per continuation (default ${DEFAULT-VALUE})")
    int notes = 32;

    @Option(names = "--samples", paramLabel = "S", description = "continuations per melody (default ${DEFAULT-VALUE})")
    int samples = 4;

    @Option(names = "--temperature", paramLabel = "T", description = "sampling temperature (default ${DEFAULT-VALUE})")
    double temperature = 1.0;

    @Option(names = "--json", description = "print the measures as JSON (progress then goes to stderr)")
    boolean json;

    @Option(
            names = "--per-note",
            description = "with --json: each note's information content and entropy in bits (key perNote)")
    boolean perNote;

    @Option(
            names = "--voices",
            paramLabel = "1|4",
            description = "1: the soprano, sequence models (default); 4: all four voices, four-voice models (JSB)")
    int voices = 1;

    @Option(
            names = "--token-log",
            paramLabel = "FILE.csv",
            description = "with --voices 4: one line per scored token, chorale,step,voice,token,p")
    Path tokenLog;

    @Option(
            names = "--folds",
            paramLabel = "N",
            description = "cross-validate: train N models, each tested on a block of melodies it never saw"
                    + " (all splits pooled; not with --split or --file)")
    Integer folds;

    /**
     * The training options of {@code chorale train} (used with --folds). Its {@code --seed} is also
     * this command's sampling seed (default 1): one option, as picocli allows one name once.
     */
    @Mixin
    ModelOptions modelOptions;

    @Override
    protected int run() throws Exception {
        if (voices != 1 && voices != 4) {
            throw new BadInputException("--voices takes 1 or 4, not " + voices);
        }
        if (voices == 4) {
            return FourVoiceCommands.evaluate(this);
        }
        if (kind != null && FourVoiceModels.available(kind)) {
            throw new BadInputException("model '" + kind + "' is a four-voice model: add --voices 4");
        }
        if (tokenLog != null) {
            throw new BadInputException("--token-log needs --voices 4");
        }
        if (kind == null) {
            throw new BadInputException(
                    "--model is required (one of " + String.join(", ", SequenceModels.names()) + ")");
        }
        int seed = seed();
        if (folds != null) {
            return crossValidate(seed);
        }
        Map<String, String> training = modelOptions.values(spec);
        training.remove("seed");
        // without --folds, --stm and --stm-bias switch the loaded model's short-term model (no training)
        StmOptions stmOptions = StmOptions.of(training.remove("stm"), training.remove("stm-bias"));
        if (!training.isEmpty()) {
            throw new BadInputException("--" + String.join(", --", training.keySet())
                    + ": training options need --folds (without it a trained model is evaluated as it is)");
        }
        PrintStream progress = json ? err : out;
        Corpus corpus = TrainCommand.corpus(data);
        List<NoteSequence> melodies;
        try {
            melodies = corpus.split(split);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        Evaluation.Options o = new Evaluation.Options(opening, notes, samples, temperature, seed);
        ModelStore.Loaded given = load(kind, file, corpus, progress);
        ModelStore.Loaded loaded = new ModelStore.Loaded(stmOptions.apply(given.model()), given.from());
        progress.println("model: " + loaded.model().describe() + " (" + loaded.from() + ")");
        if (perNote && !json) {
            throw new BadInputException("--per-note needs --json (it adds the key perNote to the JSON)");
        }
        Map<String, Object> result =
                Evaluation.evaluate(loaded.model(), corpus.name() + ":" + split, melodies, o, perNote);
        result.put("modelSource", loaded.from());
        if (json) {
            out.println(Json.write(result));
        } else {
            print(result, out);
        }
        return 0;
    }

    /** The sampling seed: {@code --seed}, default 1. */
    private int seed() {
        String s = modelOptions.values(spec).get("seed");
        if (s == null) {
            return 1;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new BadInputException("--seed takes a whole number, not '" + s + "'");
        }
    }

    /** {@code --folds N}: every rotation trained and scored, then the table (or JSON). */
    private int crossValidate(int seed) {
        if (spec.commandLine().getParseResult().hasMatchedOption("--split") || file != null) {
            throw new BadInputException(
                    "--folds cannot be used with " + (file != null ? "--file" : "--split")
                            + ": each fold trains its own model on all splits pooled (a trained file cannot be cross-validated)");
        }
        if (folds < 2) {
            throw new BadInputException("--folds must be at least 2, not " + folds);
        }
        ModelKind modelKind;
        try {
            modelKind = SequenceModels.kind(kind);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        Corpus corpus = TrainCommand.corpus(data);
        Folds f;
        try {
            f = Folds.of(corpus, folds);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        Map<String, String> given = modelOptions.values(spec);
        String trainingSeed = given.remove("seed");
        PrintStream progress = json ? err : out;
        progress.println("data: " + corpus);
        progress.println("folds: " + f);
        Evaluation.Options o = new Evaluation.Options(opening, notes, samples, temperature, seed);
        FoldProgress listener = new FoldProgress(progress, folds);
        List<CrossValidation.Fold> done;
        try {
            done = CrossValidation.run(
                    modelKind,
                    () -> trainingSeed == null
                            ? new TrainingOptions(given)
                            : new TrainingOptions(given).offering("seed", trainingSeed),
                    f,
                    o,
                    listener);
        } catch (IllegalArgumentException e) {
            listener.finish();
            throw new BadInputException(e.getMessage());
        } catch (RuntimeException e) {
            listener.finish();
            DivergenceException d = TrainCommand.diverged(e);
            if (d == null) {
                throw e;
            }
            err.println("bachprop chorale evaluate: fold " + listener.fold + ": " + d.getMessage()
                    + ". Try a smaller learning rate: --eta ten times smaller than this run's");
            return Main.FAILED;
        }
        Map<String, String> options = new LinkedHashMap<>(given);
        if (trainingSeed != null) {
            options.put("seed", trainingSeed);
        }
        progress.printf("all %d folds: %.1f s%n", folds, listener.seconds());
        Map<String, Object> result = CrossValidation.toJson(kind, f, options, done, o);
        if (json) {
            out.println(Json.write(result));
        } else {
            printFolds(result, out);
        }
        return 0;
    }

    /** Progress per fold: a line when it starts, the kind's training bar, a line when it is scored. */
    private static final class FoldProgress implements CrossValidation.Listener {
        private final PrintStream progress;
        private final int n;
        private final long start = System.nanoTime();
        private long foldStart;
        private ConsoleProgress bar;
        int fold;

        FoldProgress(PrintStream progress, int n) {
            this.progress = progress;
            this.n = n;
        }

        @Override
        public TrainingListener starting(Folds.Rotation r) {
            fold = r.index() + 1;
            foldStart = System.nanoTime();
            progress.println("fold " + fold + "/" + n + ": " + r + " melodies; training");
            bar = ConsoleProgress.forStream(progress);
            return bar;
        }

        @Override
        public void scored(CrossValidation.Fold f) {
            finish();
            progress.printf("%s (%.1f s)%n", f, (System.nanoTime() - foldStart) / 1e9);
        }

        void finish() {
            if (bar != null) {
                bar.finish();
                bar = null;
            }
        }

        double seconds() {
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** The per-fold table, the mean ± sd over folds and the pooled figures. */
    @SuppressWarnings("unchecked")
    static void printFolds(Map<String, Object> r, PrintStream out) {
        out.printf(
                "%s, %s-fold cross-validation on %s (%s melodies)%n",
                r.get("model"), r.get("folds"), r.get("data"), r.get("melodies"));
        out.println("  " + r.get("foldOrder"));
        String head = "%-7s %5s %6s %8s %7s %8s %7s %8s %7s %6s%n";
        out.printf(head, "fold", "test", "notes", "pitch", "pitch", "dur.", "dur.", "interval", "in key", "leaps");
        out.printf(head, "", "mel.", "", "bits", "acc.", "bits", "acc.", "KL bits", "", ">8ve");
        List<Map<String, Object>> rotations = (List<Map<String, Object>>) r.get("rotations");
        for (Map<String, Object> f : rotations) {
            out.println(foldRow(String.valueOf(f.get("fold")), f.get("testMelodies"), f));
        }
        Map<String, Object> across = (Map<String, Object>) r.get("acrossFolds");
        out.println(summaryRow("mean", across, "mean"));
        out.println(summaryRow("sd", across, "sd"));
        Map<String, Object> pooled = (Map<String, Object>) r.get("pooled");
        out.println(foldRow("pooled", pooled.get("melodies"), pooled));
        Map<String, Object> bach = (Map<String, Object>) ((Map<String, Object>) pooled.get("generation")).get("bach");
        out.printf(
                "Bach after the same openings (pooled): in key %s, leaps beyond an octave %s%n",
                percent(CrossValidation.number(bach, "inKeyShare")), bach.get("leapsBeyondOctave"));
    }

    private static String foldRow(String name, Object melodies, Map<String, Object> f) {
        return String.format(
                "%-7s %5s %6s %8.3f %7s %8.3f %7s %8.4f %7s %6s",
                name,
                melodies,
                ((Map<?, ?>) f.get("teacherForced")).get("notes"),
                CrossValidation.number(f, "teacherForced.pitchBitsPerNote"),
                percent(CrossValidation.number(f, "teacherForced.pitchAccuracy")),
                CrossValidation.number(f, "teacherForced.durationBitsPerNote"),
                percent(CrossValidation.number(f, "teacherForced.durationAccuracy")),
                CrossValidation.number(f, "generation.intervalKlBits"),
                percent(CrossValidation.number(f, "generation.model.inKeyShare")),
                (long) CrossValidation.number(f, "generation.model.leapsBeyondOctave"));
    }

    private static String summaryRow(String name, Map<String, Object> across, String which) {
        // the measures' names hold dots, so look each up by name, then mean or sd
        ToDoubleFunction<String> x = m -> CrossValidation.number(Map.of("m", across.get(m)), "m." + which);
        return String.format(
                "%-7s %5s %6s %8.3f %7s %8.3f %7s %8.4f %7s %6.1f",
                name,
                "",
                "",
                x.applyAsDouble("teacherForced.pitchBitsPerNote"),
                percent(x.applyAsDouble("teacherForced.pitchAccuracy")),
                x.applyAsDouble("teacherForced.durationBitsPerNote"),
                percent(x.applyAsDouble("teacherForced.durationAccuracy")),
                x.applyAsDouble("generation.intervalKlBits"),
                percent(x.applyAsDouble("generation.model.inKeyShare")),
                x.applyAsDouble("generation.model.leapsBeyondOctave"));
    }

    private static String percent(double share) {
        return String.format("%.1f%%", 100 * share);
    }

    static ModelStore.Loaded load(String kind, String file, Corpus corpus, PrintStream progress) throws Exception {
        ConsoleProgress bar = ConsoleProgress.forStream(progress);
        try {
            return ModelStore.obtain(kind, file == null ? null : Path.of(file), corpus, progress::println, bar);
        } catch (ModelFileException | IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } finally {
            bar.finish();
        }
    }

    @SuppressWarnings("unchecked")
    static void print(Map<String, Object> r, PrintStream out) {
        Map<String, Object> tf = (Map<String, Object>) r.get("teacherForced");
        Map<String, Object> g = (Map<String, Object>) r.get("generation");
        Map<String, Object> m = (Map<String, Object>) g.get("model");
        Map<String, Object> b = (Map<String, Object>) g.get("bach");
        out.printf(
                "%s on %s (%s melodies, %s notes), teacher-forced:%n",
                r.get("model"), r.get("data"), r.get("melodies"), tf.get("notes"));
        out.printf(
                "  pitch: %.3f bits per note, top-1 accuracy %.1f%%%n",
                (Double) tf.get("pitchBitsPerNote"), 100 * (Double) tf.get("pitchAccuracy"));
        out.printf(
                "  duration: %.3f bits per note, accuracy %.1f%%%n",
                (Double) tf.get("durationBitsPerNote"), 100 * (Double) tf.get("durationAccuracy"));
        out.printf(
                "sampled continuations (opening %s notes, %s new notes, %s samples, T=%s):%n",
                g.get("opening"), g.get("notes"), g.get("samples"), g.get("temperature"));
        out.printf("  interval histogram KL from Bach's: %.4f bits%n", (Double) g.get("intervalKlBits"));
        out.printf("  %-28s %10s %10s%n", "", "model", "Bach");
        row(out, "mean |interval| (semitones)", m.get("meanAbsInterval"), b.get("meanAbsInterval"));
        row(out, "leaps beyond an octave", m.get("leapsBeyondOctave"), b.get("leapsBeyondOctave"));
        row(out, "share of notes in key", m.get("inKeyShare"), b.get("inKeyShare"));
        row(out, "lowest pitch", m.get("lowest"), b.get("lowest"));
        row(out, "highest pitch", m.get("highest"), b.get("highest"));
        row(out, "mean range (semitones)", m.get("meanRange"), b.get("meanRange"));
    }

    private static void row(PrintStream out, String name, Object model, Object bach) {
        out.printf("  %-28s %10s %10s%n", name, fmt(model), fmt(bach));
    }

    private static String fmt(Object v) {
        return v instanceof Double d ? String.format("%.3f", d) : String.valueOf(v);
    }
}

package bachprop.cli;

import bachprop.seq.Corpus;
import bachprop.seq.Evaluation;
import bachprop.seq.ModelFileException;
import bachprop.seq.ModelStore;
import bachprop.seq.NoteSequence;
import bachprop.seq.SequenceModels;
import bachprop.util.BadInputException;
import bachprop.util.Json;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bachprop chorale evaluate --model mlp|ngram|rnn|lstm [--data jsb|uci|PATH] [--split test]
 * [--file MODEL.bpm] [--opening K] [--notes N] [--samples S] [--temperature T] [--seed S] [--json]}.
 * The measures and JSON keys are in docs/sequence-models.md.
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

    @Option(names = "--seed", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE})")
    int seed = 1;

    @Mixin
    StmOptions stmOptions = new StmOptions();

    @Option(names = "--json", description = "print the measures as JSON (progress then goes to stderr)")
    boolean json;

    @Override
    protected int run() throws Exception {
        if (kind == null) {
            throw new BadInputException(
                    "--model is required (one of " + String.join(", ", SequenceModels.names()) + ")");
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
        Map<String, Object> result = Evaluation.evaluate(loaded.model(), corpus.name() + ":" + split, melodies, o);
        result.put("modelSource", loaded.from());
        if (json) {
            out.println(Json.write(result));
        } else {
            print(result, out);
        }
        return 0;
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
